package de.dienstleistungspool.e2e.bench;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.e2e.stack.Api;
import de.dienstleistungspool.e2e.stack.Db;
import de.dienstleistungspool.e2e.stack.E2eStack;
import de.dienstleistungspool.testinfra.bench.BenchmarkDoc;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * The benchmark of the whole stack: starts it (fresh), measures booking create, availability, search, the event
 * latency from a booking to the pool's projection and to the notification, the year-end close, start time and memory,
 * each next to the same work done directly in PostgreSQL in the same run, prints the table and rewrites its section of
 * docs/BENCHMARKS.md. Run: {@code deploy/bench.sh stack}.
 */
public final class StackBenchmark {

    static final String WANFRIED = "00000000-0000-4000-b000-000000000007";
    static final int N = Integer.getInteger("bench.n", 40);
    private final E2eStack stack;
    private final Api api;
    private final Report report = new Report();

    private StackBenchmark(E2eStack stack) {
        this.stack = stack;
        this.api = new Api(stack);
    }

    public static void main(String[] args) throws Exception {
        String loadBefore = BenchmarkDoc.load();
        long t0 = System.nanoTime();
        E2eStack stack = E2eStack.get();
        StackBenchmark bench = new StackBenchmark(stack);
        bench.report.environment(loadBefore);
        try (PostgresBaseline pg = new PostgresBaseline(stack.jdbcUrl("postgres"), stack.jdbcUrl("bench"))) {
            bench.run(pg);
        }
        bench.report.loadAfter(BenchmarkDoc.load(), (System.nanoTime() - t0) / 1e9);
        BenchmarkDoc.write("StackBenchmark", bench.report.markdown());
        System.exit(0);
    }

    private void run(PostgresBaseline pg) throws Exception {
        stack.startSeconds.forEach((service, seconds) -> report.startup(service, seconds, rssMib(stack.service(
                service.replace("-service", "")).pid())));
        String works = api.token("eschwege-works-staff");
        String dispatcher = api.token("wanfried-dispatcher");
        String offer = offer(works);

        Stats create = new Stats();
        Stats toPool = new Stats();
        Stats toNotification = new Stats();
        Stats pgInsert = new Stats();
        Stats pgNotify = new Stats();
        Instant base = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        try (Connection pool = new Db(stack).connect("pool"); Connection notification = new Db(stack).connect("notification")) {
            for (int i = 0; i < N; i++) {
                Instant start = base.plus(i * 3L, ChronoUnit.HOURS);
                long t = System.nanoTime();
                Api.Reply r = api.callWithHeaders("booking", "POST", "/bookings", dispatcher, Api.write(body(offer, start,
                        start.plus(2, ChronoUnit.HOURS))), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                long created = System.nanoTime();
                if (r.status() != 201) {
                    throw new IllegalStateException("booking: " + r);
                }
                create.add(created - t);
                String id = r.json().get("id").asText();
                toPool.add(until(pool, "select 1 from busy_period where booking_id = ?::uuid", id) - created);
                toNotification.add(until(notification, "select 1 from notification where booking_id = ?::uuid", id) - created);
                pgInsert.add(pg.insertBooking(i));
                pgNotify.add(pg.notifyRoundTrip());
            }
        }
        report.row("Booking create (POST /bookings, 201)", create, pgInsert, "INSERT with exclusion constraint");
        report.row("Event latency booking → pool projection", toPool, pgNotify, "LISTEN/NOTIFY round trip");
        report.row("Event latency booking → notification row", toNotification, pgNotify, "LISTEN/NOTIFY round trip");

        Stats availability = new Stats();
        Stats search = new Stats();
        Stats pgAvailability = new Stats();
        Stats pgSearch = new Stats();
        String window = "from=" + base + "&to=" + base.plus(14, ChronoUnit.DAYS);
        for (int i = 0; i < N; i++) {
            availability.add(Stats.time(() -> ok(api.get("pool", "/offers/" + offer + "/availability?" + window, dispatcher))));
            search.add(Stats.time(() -> ok(api.get("pool", "/search?kind=SERVICE&category=SEWER_FLUSHING&lat=51.1822"
                    + "&lon=10.1747&" + window.replace(base.plus(14, ChronoUnit.DAYS).toString(),
                    base.plus(8, ChronoUnit.HOURS).toString()), dispatcher))));
            pgAvailability.add(pg.availability());
            pgSearch.add(pg.search());
        }
        report.row("Availability (GET /offers/{id}/availability, 14 days)", availability, pgAvailability, "range query");
        report.row("Search nearest free (GET /search)", search, pgSearch, "nearest-free query");

        yearClose(pg, works, dispatcher, offer);
        Stats pgRestart = new Stats();
        pgRestart.add(Stats.time(stack::restartPostgres));
        report.postgres(pgRestart.p50() / 1000, rssMib(stack.postgresPid()) + childrenRss(stack.postgresPid()));
    }

    private void yearClose(PostgresBaseline pg, String works, String dispatcher, String offer) throws Exception {
        Instant base = Instant.parse("2025-11-03T07:00:00Z");
        int jobs = Math.max(6, N / 4);
        for (int i = 0; i < jobs; i++) {
            Instant start = base.plus(i, ChronoUnit.DAYS);
            JsonNode b = ok(api.callWithHeaders("booking", "POST", "/bookings", dispatcher, Api.write(body(offer, start,
                    start.plus(4, ChronoUnit.HOURS))), Map.of("Idempotency-Key", UUID.randomUUID().toString()))).json();
            for (String step : new String[] {"confirm", "start", "complete"}) {
                Object payload = step.equals("complete") ? Map.of("usage", Map.of("quantity", new BigDecimal("4"),
                        "unit", "HOUR")) : Map.of();
                ok(api.callWithHeaders("booking", "POST", "/bookings/" + b.get("id").asText() + "/" + step, works,
                        Api.write(payload), Map.of("Idempotency-Key", UUID.randomUUID().toString())));
            }
        }
        Db db = new Db(stack);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (db.count("municipality", "select count(*) from ledger_line where year = 2025") < 2L * jobs
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long lines = db.count("municipality", "select count(*) from ledger_line where year = 2025");
        String coordinator = api.token("wmk-coordinator");
        Stats preview = new Stats();
        for (int i = 0; i < 5; i++) {
            preview.add(Stats.time(() -> ok(api.post("municipality", "/settlement/years/2025/close-preview", coordinator, null))));
        }
        Stats close = new Stats();
        close.add(Stats.time(() -> ok(api.post("municipality", "/settlement/years/2025/close", coordinator, null))));
        Stats pgClose = new Stats();
        pgClose.add(pg.yearClose((int) lines));
        report.row("Year-end close dry run (" + lines + " ledger lines)", preview, pgClose, "netting aggregation");
        report.row("Year-end close (" + lines + " ledger lines)", close, pgClose, "netting aggregation + insert");
    }

    private static long until(Connection c, String sql, String id) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, id);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        return System.nanoTime();
                    }
                }
                Thread.sleep(2);
            }
        }
        throw new IllegalStateException("no row within 60 s: " + sql + " " + id);
    }

    private String offer(String works) throws InterruptedException {
        String id = ok(api.post("pool", "/offers", works, Map.of("kind", "SERVICE", "category", "SEWER_FLUSHING",
                "title", "Spülfahrzeug (Benchmark)", "sectors", new String[] {"WASTEWATER"}, "unit", "HOUR",
                "bufferMinutes", 0, "settlementModes", new String[] {"MONETARY"}, "autoConfirm", false,
                "capacityPerDay", 8))).json().get("id").asText();
        Db db = new Db(stack);
        while (db.count("booking", "select count(*) from offer where offer_id = ?::uuid", id) == 0) {
            Thread.sleep(50); // bookable once the booking service has projected it from pool-events
        }
        return id;
    }

    private static Map<String, Object> body(String offer, Instant start, Instant end) {
        return Map.of("offerId", offer, "start", start.toString(), "end", end.toString(), "settlementMode", "MONETARY",
                "sector", "WASTEWATER", "site", "Wanfried", "scopeQuantity", 2, "scopeUnit", "HOUR");
    }

    private static Api.Reply ok(Api.Reply r) {
        if (r.status() / 100 != 2) {
            throw new IllegalStateException(r.toString());
        }
        return r;
    }

    static long rssMib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    static long childrenRss(long pid) {
        return ProcessHandle.of(pid).stream().flatMap(ProcessHandle::children).mapToLong(p -> rssMib(p.pid())).sum();
    }
}
