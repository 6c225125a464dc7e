package de.dienstleistungspool.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.dienstleistungspool.platform.outbox.OutgoingEvent;
import de.dienstleistungspool.platform.outbox.Outbox;
import de.dienstleistungspool.platform.outbox.OutboxRelay;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What a service that publishes events must prove beyond {@link InfrastructureContractTest}: its outbox reaches the
 * real broker through the relay, in commit order, in batches, deleting each row once Kafka acknowledged it and
 * vacuuming the table, and the relay's producer uses Quarkus' Kafka configuration like every channel does; each event
 * carries the trace of the transaction that wrote it, also when one batch sends the events of several.
 */
public abstract class OutboxContractTest extends InfrastructureContractTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    Tracer tracer;

    @Inject
    RecordedSpans spans;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    /** The event the tests publish: its own id, type, topic and key, as every event record of a service. */
    record Probed(UUID eventId, @JsonIgnore String topic, @JsonIgnore String key) implements OutgoingEvent {

        @Override
        public String eventType() {
            return "InfrastructureProbed";
        }
    }

    @Test
    void theRelaysProducerTakesEveryKafkaSettingOfQuarkus() {
        Map<String, Object> producer = relay.producerConfig();
        assertEquals(false, kafkaConfig.isEmpty(), "kafka.bootstrap.servers at least");
        kafkaConfig.forEach((name, value) -> assertEquals(value, producer.get(name), "kafka." + name + " reaches the relay"));
        assertEquals("all", producer.get("acks"));
    }

    @Test
    void outboxEventReachesTheBroker() {
        String topic = newTopic("infrastructure-test-");
        UUID eventId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() ->
                outbox.publish(new Probed(eventId, topic, "key-1")));
        ConsumerTask<String, String> records = TestInfrastructure.kafkaCompanion()
                .consumeStrings().fromTopics(topic, 1).awaitCompletion(Duration.ofSeconds(30));
        assertEquals("key-1", records.getFirstRecord().key());
        assertEquals(true, records.getFirstRecord().value().contains(eventId.toString()));
    }

    @Test
    void aCommitWakesTheRelayWithoutWaitingForItsFallbackRound() throws Exception {
        assertEquals(true, fallbackInterval().compareTo(PROMPTLY.multipliedBy(3)) >= 0,
                "the tests' fallback round is rare enough that only a wake-up on commit delivers within " + PROMPTLY);
        String topic = newTopic("infrastructure-prompt-");
        for (int i = 0; i < 3; i++) { // each event after the relay went back to sleep
            assertPublishedPromptly(topic);
        }
        TestInfrastructure.kafkaCompanion().consumeStrings().fromTopics(topic, 3).awaitCompletion(Duration.ofSeconds(30));
    }

    @Test
    void aBrokenListeningConnectionIsMadeAgainAndWakesTheRelay() throws Exception {
        long before = listenerPid();
        execute("select pg_terminate_backend(" + before + ")");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ((listenerPid() == before || listenerPid() == 0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long after = listenerPid();
        assertEquals(true, after != before && after != 0, "the relay listens again on a new connection");
        assertPublishedPromptly(newTopic("infrastructure-reconnect-"));
    }

    /**
     * A topic of the test's own, created with its leader in place before the relay sends to it, as the platform's
     * topics are ({@link TestInfrastructure#createTopics}).
     */
    private static String newTopic(String prefix) {
        String topic = prefix + UUID.randomUUID();
        TestInfrastructure.createTopics(topic);
        return topic;
    }

    /** Well inside the tests' fallback interval, far above a relay round even on a busy machine. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    /** Publishes an event and asserts that Kafka acknowledged it (its row is deleted) within {@link #PROMPTLY}. */
    private void assertPublishedPromptly(String topic) throws InterruptedException {
        UUID eventId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(new Probed(eventId, topic, "k")));
        long deadline = System.nanoTime() + PROMPTLY.toNanos();
        while (rows("outbox_event", "id", eventId) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, rows("outbox_event", "id", eventId), "the relay published the event within " + PROMPTLY);
    }

    private static Duration fallbackInterval() {
        return ConfigProvider.getConfig().getOptionalValue("outbox.relay.fallback-interval", Duration.class)
                .orElse(Duration.ofSeconds(1));
    }

    /** The backend of the relay's listening connection in this service's database, 0 while there is none. */
    private long listenerPid() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(max(pid), 0) from pg_stat_activity where datname = current_database() "
                        + "and application_name = 'outbox-relay'").getSingleResult()).longValue());
    }

    private void execute(String sql) throws java.sql.SQLException {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void anEventOfAnOlderTransactionThatCommitsLaterIsNeitherSkippedNorOvertaken() throws Exception {
        String topic = newTopic("infrastructure-order-");
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            insertRow(open, older, topic, "{\"eventId\":\"" + older + "\"}");
            QuarkusTransaction.requiringNew().run(() ->
                    outbox.publish(new Probed(newer, topic, "k")));
            Thread.sleep(1_500); // several relay rounds pass while the older transaction is still open
            open.commit();
        }
        ConsumerTask<String, String> records = TestInfrastructure.kafkaCompanion()
                .consumeStrings().fromTopics(topic, 2).awaitCompletion(Duration.ofSeconds(30));
        assertEquals(true, records.getRecords().get(0).value().contains(older.toString()), "older transaction's event first");
        assertEquals(true, records.getRecords().get(1).value().contains(newer.toString()));
    }

    @Test
    void eventsOfSeveralTracesSentInOneBatchKeepEachItsOwnTrace() throws Exception {
        String topic = "infrastructure-traces-" + UUID.randomUUID();
        Map<UUID, Span> writers = new java.util.LinkedHashMap<>();
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            insertRow(open, UUID.randomUUID(), topic, "{}"); // holds the traced events back until all are committed
            for (int i = 0; i < 3; i++) {
                UUID eventId = UUID.randomUUID();
                Span request = tracer.spanBuilder("request " + i).startSpan();
                try (Scope ignored = request.makeCurrent()) {
                    QuarkusTransaction.requiringNew().run(() -> outbox.publish(new Probed(eventId, topic, "k")));
                } finally {
                    request.end();
                }
                writers.put(eventId, request);
            }
            open.commit();
        }
        var records = TestInfrastructure.kafkaCompanion().consumeStrings().fromTopics(topic, 4)
                .awaitCompletion(Duration.ofSeconds(30)).getRecords();
        for (var record : records.subList(1, 4)) {
            UUID eventId = UUID.fromString(TopicRecords.header(record, "event-id"));
            String[] traceparent = TopicRecords.header(record, "traceparent").split("-");
            Span writer = writers.get(eventId);
            assertEquals(writer.getSpanContext().getTraceId(), traceparent[1], "each event in the trace that wrote it");
            SpanData publish = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> spans.matching(s -> s.getSpanId().equals(traceparent[2])), found -> !found.isEmpty()).get(0);
            assertEquals(writer.getSpanContext().getSpanId(), publish.getParentSpanId(), "its publish span is the writer's child");
        }
        org.junit.jupiter.api.Assertions.assertNotNull(TopicRecords.header(records.get(0), "traceparent"),
                "an event written outside any trace starts a new one at the relay");
    }

    @Test
    void aBacklogOfSeveralBatchesGoesOutCompletelyAndInCommitOrder() throws Exception {
        String topic = newTopic("infrastructure-backlog-");
        int backlog = 1_200; // more than two batches of the default outbox.relay.batch-size (500)
        UUID older = UUID.randomUUID();
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            insertRow(open, older, topic, "{\"n\":-1}");
            commitRows(topic, backlog, i -> "{\"n\":" + i + "}");
            Thread.sleep(1_000); // relay rounds pass; the open older transaction holds the whole backlog back
            open.commit();
        }
        var records = TestInfrastructure.kafkaCompanion().consumeStrings().fromTopics(topic, backlog + 1)
                .awaitCompletion(Duration.ofSeconds(60)).getRecords();
        assertEquals("{\"n\":-1}", records.get(0).value(), "the older transaction's event first");
        for (int i = 0; i < backlog; i++) {
            assertEquals("{\"n\":" + i + "}", records.get(i + 1).value(), "then the backlog in commit order");
        }
        assertEquals(0, rowsAfterRelay("topic", topic), "every published row is deleted");
    }

    @Test
    void theRelayVacuumsItsTableAfterEnoughDeletedRows() throws Exception {
        String topic = newTopic("infrastructure-vacuum-");
        int vacuumAfter = ConfigProvider.getConfig().getOptionalValue("outbox.relay.vacuum-after", Integer.class).orElse(2000);
        long vacuumsBefore = outboxVacuums();
        commitRows(topic, vacuumAfter, i -> "{}");
        TestInfrastructure.kafkaCompanion().consumeStrings().fromTopics(topic, vacuumAfter).awaitCompletion(Duration.ofSeconds(60));
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (outboxVacuums() == vacuumsBefore && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(true, outboxVacuums() > vacuumsBefore, "deleting " + vacuumAfter + " published rows triggers a vacuum");
    }

    /** How often the outbox table was vacuumed by a VACUUM command (autovacuum is counted separately). */
    private long outboxVacuums() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select vacuum_count from pg_stat_user_tables where relname = 'outbox_event'").getSingleResult()).longValue());
    }

    @Test
    void aRowIsDeletedOnceItsEventIsPublishedAndNotBefore() throws Exception {
        String topic = newTopic("infrastructure-delete-");
        UUID eventId = UUID.randomUUID();
        UUID uncommitted = UUID.randomUUID();
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            insertRow(open, uncommitted, topic, "{}");
            QuarkusTransaction.requiringNew().run(() ->
                    outbox.publish(new Probed(eventId, topic, "k")));
            Thread.sleep(1_000); // relay rounds pass; the open transaction's row must neither go out nor be deleted
            try (var s = open.prepareStatement("select count(*) from outbox_event where id = ?")) {
                s.setObject(1, uncommitted);
                try (var r = s.executeQuery()) {
                    r.next();
                    assertEquals(1, r.getLong(1), "the row of a transaction still open stays");
                }
            }
            assertEquals(1, rows("outbox_event", "id", eventId), "a younger event waits for the older open transaction");
            open.rollback();
        }
        TestInfrastructure.kafkaCompanion().consumeStrings().fromTopics(topic, 1).awaitCompletion(Duration.ofSeconds(30));
        assertEquals(0, rowsAfterRelay("id", eventId), "the published event's row is deleted");
    }

    /** A raw outbox row as the Outbox writes it. */
    private static final String INSERT_ROW = "insert into outbox_event (id, topic, record_key, event_type, payload) "
            + "values (?, ?, 'k', 'InfrastructureProbed', cast(? as json))";

    /** Writes an outbox row directly on the given connection (in its transaction), as the Outbox would. */
    private static void insertRow(Connection c, UUID id, String topic, String payload) throws java.sql.SQLException {
        try (var s = c.prepareStatement(INSERT_ROW)) {
            s.setObject(1, id);
            s.setString(2, topic);
            s.setString(3, payload);
            s.executeUpdate();
        }
    }

    /** Writes {@code count} raw outbox rows of one topic in one committed transaction, payload by row number. */
    private void commitRows(String topic, int count, java.util.function.IntFunction<String> payload) throws java.sql.SQLException {
        try (Connection c = dataSource.getConnection(); var s = c.prepareStatement(INSERT_ROW)) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                s.setObject(1, UUID.randomUUID());
                s.setString(2, topic);
                s.setString(3, payload.apply(i));
                s.addBatch();
            }
            s.executeBatch();
            c.commit();
        }
    }

    /** Outbox rows with the value, once they are gone or after 10 s (the relay deletes a row after Kafka's ack). */
    private long rowsAfterRelay(String column, Object value) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (rows("outbox_event", column, value) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return rows("outbox_event", column, value);
    }

}
