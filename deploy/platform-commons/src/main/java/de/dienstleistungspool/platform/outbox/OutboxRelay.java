package de.dienstleistungspool.platform.outbox;

import de.dienstleistungspool.platform.tracing.PublishSpans;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in commit order, one relay at a time across all instances of a service.
 *
 * <p>Order: only rows whose writing transaction is older than every transaction still running
 * ({@code pg_snapshot_xmin}) are taken, and they are sent by sequence number, so changes that were serialised (one
 * aggregate's, under its row lock) leave in the order they committed. A send failure stops the batch at the first
 * failed row and drops the producer with every event it still holds, which keeps the per-key order; the rest waits
 * for the next round (broker outage: events wait, then go). Kafka gives up on an event only after its default
 * delivery timeout (two minutes), so a slow broker delays a round rather than failing it.
 * A row is deleted only after Kafka acknowledged it, in the relay's transaction, so nothing is lost; a crash between
 * ack and delete re-sends, which consumers drop by event id. The table therefore holds only events still on their way;
 * Kafka keeps the published ones.
 *
 * <p>Traces: each event is sent in a publish span of its own whose parent is the span that wrote its row (the row's
 * {@code traceparent}), and carries that span's traceparent as a header ({@link PublishSpans}); a batch joins no
 * trace itself, so events of many requests sent together stay each in the trace of its request.
 *
 * <p>Waking and batching: the relay sleeps until a transaction that wrote the outbox commits ({@link CommitListener},
 * PostgreSQL {@code LISTEN/NOTIFY}; every instance's relay listens, the one that gets the lock runs the round), and at
 * most {@code outbox.relay.fallback-interval}. A lone event goes out at once; under load the commits that arrive while
 * a round runs share the next one (one read, one Kafka request, one delete), so a round's batch grows with the load,
 * and rounds follow each other without a pause while they fill their batch. The read starts at the oldest transaction that may still
 * have unpublished rows (remembered from the previous round), so it does not walk the index entries that deleted
 * rows leave behind until VACUUM.
 *
 * <p>Vacuum: the table is a queue, every row is inserted once and deleted once. Autovacuum visits a database at most
 * once a minute ({@code autovacuum_naptime}); under load that leaves tens of thousands of dead rows in between, and
 * the heap grows until reading a batch scans more dead rows than live ones. The relay therefore vacuums the table
 * itself after every {@code outbox.relay.vacuum-after} deleted rows, which keeps it at a few hundred pages.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f7574626f78L; // "outbox"
    private static final long FIRST_BACKOFF_MILLIS = 500;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Inject
    PublishSpans publishSpans;

    /** Quarkus' Kafka client configuration ({@code kafka.*}: servers, security protocol, SASL, TLS), as every channel gets it. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "outbox.relay.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "outbox.relay.fallback-interval", defaultValue = "PT1S")
    Duration fallbackInterval;

    @ConfigProperty(name = "outbox.relay.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "outbox.relay.vacuum-after", defaultValue = "2000")
    int vacuumAfter;

    private final AtomicLong pending = new AtomicLong();
    /** When the oldest event of the last backlog count was written (epoch milliseconds), 0 without a backlog. */
    private final AtomicLong oldestPendingAt = new AtomicLong();
    private long lastCount;
    private long deletedSinceVacuum;
    /** No unpublished row belongs to a transaction older than this one (an xid8, as text); "0" until the first round. */
    private volatile String oldestUnpublishedTx = "0";
    private volatile boolean running;
    private volatile KafkaProducer<String, String> producer;
    private CommitListener commits;
    private DistributionSummary batches;
    private Thread worker;

    void start(@Observes StartupEvent ignored) {
        if (!enabled) {
            return;
        }
        producer = newProducer();
        commits = new CommitListener(dataSource.getConfiguration().connectionPoolConfiguration()
                .connectionFactoryConfiguration());
        metrics.gauge("outbox.pending", pending);
        Gauge.builder("outbox.oldest.pending.seconds", oldestPendingAt,
                        at -> at.get() == 0 ? 0 : Math.max(0, System.currentTimeMillis() - at.get()) / 1000.0)
                .description("Age of the oldest event waiting in the outbox (0 while the relay keeps up)")
                .register(metrics);
        batches = DistributionSummary.builder("outbox.relay.batch").description("Events published per relay round")
                .register(metrics);
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
        if (worker != null) {
            try {
                worker.join(fallbackInterval.toMillis() + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Rounds back to back while they fill their batch; otherwise waits for the next commit that wrote the outbox, at
     * most {@code fallback-interval}. While committed rows wait behind an older running transaction, it waits only a
     * few milliseconds (doubling), because that transaction's end is notified only if it wrote the outbox itself.
     */
    private void loop() {
        long backoffMillis = FIRST_BACKOFF_MILLIS;
        long heldBackWait = 0;
        boolean notified = true;
        Round round = Round.FULL; // the first round runs at once
        while (running) {
            try {
                if (round == Round.HELD_BACK) { // 2 ms after a commit woke the relay, doubling while none does
                    heldBackWait = notified ? 2 : Math.min(heldBackWait * 2, fallbackInterval.toMillis());
                }
                if (round != Round.FULL) {
                    notified = commits.await(round == Round.HELD_BACK ? heldBackWait : fallbackInterval.toMillis());
                }
                round = relayOnce();
                backoffMillis = FIRST_BACKOFF_MILLIS;
            } catch (Exception e) {
                LOG.warnf("Outbox relay: %s; next round in %d ms", e.getMessage(), backoffMillis);
                sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 10_000);
                round = Round.FULL; // rows may be waiting (a refused event, commits while not listening): go at once
            }
        }
        commits.close();
    }

    /** What a round leaves behind, which decides how long the relay may wait before the next. */
    enum Round {
        /** The batch was full: more rows are ready, the next round runs at once. */
        FULL,
        /** Committed rows wait for an older transaction that is still running. */
        HELD_BACK,
        /** Nothing committed is left (or another instance's relay holds the lock and will see the next commit). */
        DONE
    }

    /** Publishes one batch; says whether more rows are ready or held back. */
    Round relayOnce() throws SQLException, InterruptedException {
        int published;
        boolean heldBack;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Snapshot snapshot = tryLock(c);
                if (snapshot == null) {
                    c.rollback();
                    return Round.DONE;
                }
                String xmin = snapshot.xmin();
                heldBack = snapshot.heldBack();
                List<Row> rows = readBatch(c, xmin);
                List<UUID> sent = send(rows);
                deletePublished(c, sent);
                c.commit();
                if (sent.size() == rows.size()) {
                    // A batch that was not full took every committed row of a transaction older than xmin; later rows
                    // can only come from transactions that were running (xid >= xmin) or had not started. After a
                    // full batch, the oldest transaction with rows left is the start, so a backlog does not make
                    // every round rescan what it already published.
                    oldestUnpublishedTx = rows.size() < batchSize ? xmin : oldestWithRowsLeft(c, xmin);
                }
                boolean backlog = sent.size() == batchSize || sent.size() < rows.size();
                if (!backlog) {
                    pending.set(0);
                    oldestPendingAt.set(0);
                } else if (System.nanoTime() - lastCount > 1_000_000_000L) {
                    countPending(c); // the backlog gauges, counted at most once a second
                    lastCount = System.nanoTime();
                }
                if (sent.size() < rows.size()) {
                    throw new IllegalStateException("Kafka did not acknowledge " + (rows.size() - sent.size()) + " event(s)");
                }
                published = sent.size();
                batches.record(published);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        deletedSinceVacuum += published;
        if (vacuumAfter > 0 && deletedSinceVacuum >= vacuumAfter) {
            deletedSinceVacuum = 0;
            vacuum();
        }
        return published == batchSize ? Round.FULL : heldBack ? Round.HELD_BACK : Round.DONE;
    }

    /** The relay's view at the start of a round: the oldest running transaction, and whether committed rows wait for it. */
    private record Snapshot(String xmin, boolean heldBack) {
    }

    /**
     * Takes the relay lock; returns the oldest running transaction (xmin) as text and whether committed rows of younger
     * transactions wait behind it, or null if another relay runs.
     */
    private Snapshot tryLock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select pg_try_advisory_xact_lock(?), x.xmin::text,
                       exists (select 1 from outbox_event where tx_id >= x.xmin)
                  from (select pg_snapshot_xmin(pg_current_snapshot()) as xmin) x
                """)) {
            s.setLong(1, RELAY_LOCK);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1) ? new Snapshot(r.getString(2), r.getBoolean(3)) : null;
            }
        }
    }

    /**
     * The next rows in commit order: rows of transactions that finished before every running one
     * ({@code tx_id < xmin}), by sequence number. The scan starts at {@link #oldestUnpublishedTx}, so it skips the
     * index entries of rows published (deleted) earlier.
     */
    private List<Row> readBatch(Connection c, String xmin) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                with candidate as materialized (
                    select seq from outbox_event
                     where tx_id >= cast(? as xid8) and tx_id < cast(? as xid8)),
                batch as (select seq from candidate order by seq limit ?)
                select o.id, o.topic, o.record_key, o.event_type, o.payload::text, o.traceparent
                  from outbox_event o join batch b on b.seq = o.seq order by o.seq
                """)) {
            s.setString(1, oldestUnpublishedTx);
            s.setString(2, xmin);
            s.setInt(3, batchSize);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6)));
                }
            }
        }
        return rows;
    }

    private List<UUID> send(List<Row> rows) throws InterruptedException {
        List<Future<?>> acks = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
            record.headers().add("event-type", row.eventType().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            record.headers().add("event-id", row.id().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Span span = publishSpans.start(record, row.id(), row.eventType(), row.traceparent()); // one per event
            try {
                acks.add(producer.send(record));
                spans.add(span);
            } catch (RuntimeException e) {
                publishSpans.refused(span, e);
                break;
            }
        }
        List<UUID> sent = new ArrayList<>(acks.size());
        try {
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get();
                    sent.add(rows.get(i).id());
                    publishSpans.acknowledged(spans.get(i));
                } catch (java.util.concurrent.ExecutionException e) {
                    LOG.warnf("Kafka refused event %s: %s", rows.get(i).id(), e.getCause().getMessage());
                    replaceProducer();
                    break;
                }
            }
        } finally {
            for (int i = sent.size(); i < spans.size(); i++) {
                publishSpans.refused(spans.get(i), null);
            }
        }
        return sent;
    }

    /**
     * Drops the producer after a refused event, together with every event it still holds, so that none of the events
     * behind the refused one reaches Kafka before it: the next round sends them again, in order, from a new producer.
     * (An idempotent producer that gave up on one batch carries on with the next under a new epoch.)
     */
    private void replaceProducer() {
        producer.close(Duration.ZERO);
        if (running) {
            producer = newProducer();
        }
    }

    private KafkaProducer<String, String> newProducer() {
        return new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
    }

    /** Removes the rows whose events Kafka acknowledged; commits with the relay's transaction. */
    private void deletePublished(Connection c, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("delete from outbox_event where id = any(?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            s.executeUpdate();
        }
    }

    /** The oldest transaction that still has rows in the outbox, or {@code xmin} if it is older. */
    private String oldestWithRowsLeft(Connection c, String xmin) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select least(min(tx_id), cast(? as xid8))::text from outbox_event "
                + "where tx_id >= cast(? as xid8)")) {
            s.setString(1, xmin);
            s.setString(2, oldestUnpublishedTx);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    /**
     * Vacuums the outbox table outside any transaction. {@code skip_locked}: if autovacuum is at it already, this round
     * skips; without the privilege (a table owned by another role) PostgreSQL only warns and skips, too.
     */
    private void vacuum() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("vacuum (skip_locked, truncate false) outbox_event");
        } catch (SQLException e) {
            LOG.warnf("Vacuum of the outbox table failed, autovacuum will do it later: %s", e.getMessage());
        }
    }

    /** Every row in the table is waiting: published rows are deleted. */
    /** Sets the backlog gauges: how many events wait and since when the oldest of them. */
    private void countPending(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select count(*), coalesce((extract(epoch from min(created_at)) * 1000)::bigint, 0) from outbox_event")) {
            try (ResultSet r = s.executeQuery()) {
                r.next();
                pending.set(r.getLong(1));
                oldestPendingAt.set(r.getLong(2));
            }
        }
    }

    /** Quarkus' Kafka configuration plus what the relay's guarantees need (every ack, idempotence, no early give-up). */
    public Map<String, Object> producerConfig() {
        Map<String, Object> p = new HashMap<>(kafkaConfig);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        // Kafka's defaults: a slow broker delays a round instead of failing it; giving up is for outages
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return p;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Row(UUID id, String topic, String key, String eventType, String payload, String traceparent) {
    }
}
