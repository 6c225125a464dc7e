package de.dienstleistungspool.e2e.bench;

import de.dienstleistungspool.e2e.stack.Api;
import de.dienstleistungspool.e2e.stack.Db;
import de.dienstleistungspool.e2e.stack.E2eStack;
import de.dienstleistungspool.testinfra.bench.BenchmarkDoc;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How long a booking's event takes to reach pool-service's projection and notification-service while clients keep
 * creating bookings: starts the stack (fresh), lets {@code bench.clients} closed-loop clients create bookings over HTTP,
 * and times every measured booking from its commit in booking-service to the commit of the consumer's transaction,
 * both read from PostgreSQL's commit timestamps (one server, one clock; nothing polls). A LISTEN/NOTIFY round trip
 * sampled under the same load is the floor beside it. Prints the section and rewrites it in docs/BENCHMARKS.md. Run:
 * {@code deploy/bench.sh events}.
 */
public final class EventLatencyBenchmark {

    static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    static final int SAMPLES = Integer.getInteger("bench.samples", 2_000);
    static final int WARMUP = Integer.getInteger("bench.warmup", 2_000);
    static final int RATE = Integer.getInteger("bench.rate", 50);

    private final E2eStack stack;
    private final Api api;
    private final Db db;

    private EventLatencyBenchmark(E2eStack stack) {
        this.stack = stack;
        this.api = new Api(stack);
        this.db = new Db(stack);
    }

    public static void main(String[] args) throws Exception {
        String loadBefore = BenchmarkDoc.load();
        long t0 = System.nanoTime();
        EventLatencyBenchmark bench = new EventLatencyBenchmark(E2eStack.get());
        String markdown = bench.run(loadBefore);
        markdown = markdown.replace("%TOTAL%", String.format("%.0f", (System.nanoTime() - t0) / 1e9));
        BenchmarkDoc.write("EventLatencyBenchmark", markdown);
        System.exit(0);
    }

    private String run(String loadBefore) throws Exception {
        enableCommitTimestamps();
        String works = api.token("eschwege-works-staff");
        String dispatcher = api.token("wanfried-dispatcher");
        List<String> offers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            offers.add(offer(works, i));
        }
        BookingLoad load = new BookingLoad(api, dispatcher, offers, Instant.now().plus(30, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.DAYS));
        load.create(WARMUP, 0); // JIT, connection pools, Kafka fetch sessions
        awaitConsumed(load.ids());
        List<EventLatencyReport.Phase> phases = new ArrayList<>();
        phases.add(measure(load, RATE, RATE + " bookings/s in all, paced"));
        phases.add(measure(load, 0, "as fast as they can"));
        return EventLatencyReport.markdown(CLIENTS, loadBefore, phases);
    }

    /** One measured phase: the clients create {@link #SAMPLES} bookings at {@code rate} per second (0: unpaced). */
    private EventLatencyReport.Phase measure(BookingLoad load, int rate, String label) throws Exception {
        double[] batchBefore = relayBatches();
        String loadAtStart = BenchmarkDoc.load();
        Stats notify = new Stats();
        AtomicBoolean loaded = new AtomicBoolean(true);
        Thread floor = new Thread(() -> sampleNotify(notify, loaded), "notify-floor");
        floor.start();
        long t = System.nanoTime();
        List<String> measured = load.create(SAMPLES, rate);
        double seconds = (System.nanoTime() - t) / 1e9;
        loaded.set(false);
        floor.join();
        String loadAtEnd = BenchmarkDoc.load();
        double[] batchAfter = relayBatches();
        awaitConsumed(measured);

        Map<String, Long> committed = commits("booking", "select id, pg_xact_commit_timestamp(xmin) from booking"
                + " where id = any(?::uuid[])", measured);
        Stats toKafka = latencies(committed, appended(measured));
        Stats toPool = latencies(committed, commits("pool", "select booking_id, pg_xact_commit_timestamp(xmin)"
                + " from busy_period where booking_id = any(?::uuid[])", measured));
        // the inbox row of the event: written once by the consumer's transaction (the notification row may be
        // updated later by the mail dispatcher)
        Stats toNotification = latencies(committed, commits("notification", "select n.booking_id,"
                + " min(pg_xact_commit_timestamp(p.xmin)) from notification n join processed_event p on p.event_id ="
                + " n.event_id where n.booking_id = any(?::uuid[]) group by n.booking_id", measured));
        double rounds = batchAfter[0] - batchBefore[0];
        double events = batchAfter[1] - batchBefore[1];
        return new EventLatencyReport.Phase(label, measured.size(), seconds, toKafka, toPool, toNotification, notify,
                events / Math.max(1, rounds), rounds / seconds, loadAtStart, loadAtEnd);
    }

    /** PostgreSQL records commit times only with {@code track_commit_timestamp}, which takes a restart. */
    private void enableCommitTimestamps() throws Exception {
        try (Connection c = db.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("alter system set track_commit_timestamp = on");
        }
        stack.restartPostgres();
        for (String service : List.of("municipality", "pool", "booking", "notification")) {
            stack.service(service).awaitReady(Duration.ofSeconds(120));
        }
    }

    private String offer(String works, int n) throws InterruptedException {
        Api.Reply r = api.post("pool", "/offers", works, Map.of("kind", "SERVICE", "category", "SEWER_FLUSHING",
                "title", "Spülfahrzeug " + n + " (Benchmark)", "sectors", new String[] {"WASTEWATER"}, "unit", "HOUR",
                "bufferMinutes", 0, "settlementModes", new String[] {"MONETARY"}, "autoConfirm", false,
                "capacityPerDay", 8));
        if (r.status() != 201) {
            throw new IllegalStateException("offer: " + r);
        }
        String id = r.json().get("id").asText();
        while (db.count("booking", "select count(*) from offer where offer_id = ?::uuid", id) == 0) {
            Thread.sleep(50); // bookable once the booking service has projected it from pool-events
        }
        return id;
    }

    /** Waits until both consumers have every booking (pool's busy period, notification's row). */
    private void awaitConsumed(List<String> ids) throws InterruptedException {
        String[] array = ids.toArray(String[]::new);
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            long pool = db.count("pool", "select count(*) from busy_period where booking_id = any(?::uuid[])", (Object) array);
            long notified = db.count("notification", "select count(distinct booking_id) from notification"
                    + " where booking_id = any(?::uuid[])", (Object) array);
            if (pool == ids.size() && notified == ids.size()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the consumers did not receive all " + ids.size() + " bookings within 300 s");
    }

    /**
     * The commit time in microseconds since the epoch per booking id, from a query that returns the booking id and a
     * commit timestamp.
     */
    private Map<String, Long> commits(String database, String sql, List<String> ids) {
        Map<String, Long> out = new java.util.HashMap<>();
        String micros = "select id::text, (extract(epoch from committed) * 1000000)::bigint::text from (" + sql
                + ") as c (id, committed)";
        for (List<String> row : db.rows(database, micros, (Object) ids.toArray(String[]::new))) {
            out.put(row.get(0), Long.parseLong(row.get(1)));
        }
        return out;
    }

    /**
     * When each booking's {@code BookingRequested} reached Kafka, in microseconds since the epoch: the record's
     * timestamp, which the relay's producer sets when it sends (milliseconds).
     */
    private Map<String, Long> appended(List<String> ids) throws java.io.IOException {
        java.util.Set<String> wanted = new java.util.HashSet<>(ids);
        Map<String, Long> out = new java.util.HashMap<>();
        for (var r : de.dienstleistungspool.e2e.stack.Topic.readAll(stack.kafkaAdmin(), "booking-events")) {
            var event = Api.JSON.readTree(r.value());
            String booking = event.path("bookingId").asText();
            if (wanted.contains(booking) && "BookingRequested".equals(event.path("eventType").asText())) {
                out.merge(booking, r.timestamp() * 1_000, Math::min);
            }
        }
        return out;
    }

    private static Stats latencies(Map<String, Long> from, Map<String, Long> to) {
        Stats stats = new Stats();
        from.forEach((id, committed) -> {
            Long consumed = to.get(id);
            if (consumed == null) {
                throw new IllegalStateException("no commit time for booking " + id);
            }
            stats.add((consumed - committed) * 1_000);
        });
        return stats;
    }

    /** LISTEN/NOTIFY round trips every 10 ms while the load runs: the floor for an event between two processes. */
    private void sampleNotify(Stats notify, AtomicBoolean loaded) {
        try (PostgresBaseline pg = new PostgresBaseline(stack.jdbcUrl("postgres"), stack.jdbcUrl("bench"))) {
            while (loaded.get()) {
                notify.add(pg.notifyRoundTrip());
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException("LISTEN/NOTIFY baseline", e);
        }
    }

    /** booking-service's relay rounds and events so far ({@code outbox_relay_batch} count and sum). */
    private double[] relayBatches() {
        Api.Reply r = api.get("booking", "/q/metrics", null);
        double[] out = new double[2];
        for (String line : r.body().split("\n")) {
            if (line.startsWith("outbox_relay_batch_count")) {
                out[0] = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            } else if (line.startsWith("outbox_relay_batch_sum")) {
                out[1] = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return out;
    }

    /** Closed-loop clients, one offer each, each booking the next free two hours of its offer. */
    static final class BookingLoad {
        private final Api api;
        private final String token;
        private final List<String> offers;
        private final Instant base;
        private final int[] next;
        private final List<String> all = Collections.synchronizedList(new ArrayList<>());

        BookingLoad(Api api, String token, List<String> offers, Instant base) {
            this.api = api;
            this.token = token;
            this.offers = offers;
            this.base = base;
            this.next = new int[offers.size()];
        }

        /**
         * Creates {@code total} bookings with all clients at once, together {@code rate} per second (each client on its
         * own schedule; 0: each as fast as it can); returns their ids.
         */
        List<String> create(int total, int rate) throws InterruptedException {
            long interval = rate == 0 ? 0 : 1_000_000_000L * offers.size() / rate;
            List<String> ids = Collections.synchronizedList(new ArrayList<>());
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < offers.size(); c++) {
                int client = c;
                int share = total / offers.size() + (c < total % offers.size() ? 1 : 0);
                clients.add(new Thread(() -> {
                    try {
                        long due = System.nanoTime() + interval * client / offers.size();
                        for (int i = 0; i < share; i++) {
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            due += interval;
                            ids.add(book(client));
                        }
                    } catch (RuntimeException | InterruptedException e) {
                        failures.add(e);
                    }
                }, "client-" + c));
            }
            clients.forEach(Thread::start);
            for (Thread t : clients) {
                t.join();
            }
            if (!failures.isEmpty()) {
                throw new IllegalStateException("a client failed", failures.get(0));
            }
            all.addAll(ids);
            return ids;
        }

        List<String> ids() {
            return all;
        }

        private String book(int client) {
            Instant start = base.plus(3L * next[client]++, ChronoUnit.HOURS);
            Map<String, Object> body = Map.of("offerId", offers.get(client), "start", start.toString(),
                    "end", start.plus(2, ChronoUnit.HOURS).toString(), "settlementMode", "MONETARY",
                    "sector", "WASTEWATER", "site", "Wanfried", "scopeQuantity", 2, "scopeUnit", "HOUR");
            Api.Reply r = api.callWithHeaders("booking", "POST", "/bookings", token, Api.write(body),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            if (r.status() != 201) {
                throw new IllegalStateException("booking: " + r);
            }
            return r.json().get("id").asText();
        }
    }
}
