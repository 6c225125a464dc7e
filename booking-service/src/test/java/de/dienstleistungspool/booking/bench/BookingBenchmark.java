package de.dienstleistungspool.booking.bench;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestInfrastructure;
import de.dienstleistungspool.testinfra.TestTokens;
import de.dienstleistungspool.testinfra.bench.BenchmarkDoc;
import de.dienstleistungspool.testinfra.bench.CpuMeter;
import de.dienstleistungspool.testinfra.bench.Load;
import de.dienstleistungspool.testinfra.bench.RawHttp;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Measures booking creation over HTTP (the packaged service in its own JVM, real PostgreSQL and Kafka) at 8 and 64
 * clients, next to a raw JDBC insert of a booking row plus an outbox row into the same database in the same run,
 * and prints throughput, p50/p99 latency, the CPU per booking by process and the HTTP/raw ratio, and writes its section
 * of docs/BENCHMARKS.md. Run: {@code deploy/bench.sh booking}.
 */
public final class BookingBenchmark {

    static final UUID REGION = UUID.fromString("00000000-0000-4000-a000-000000000001");
    static final UUID OWNER = UUID.fromString("00000000-0000-4000-b000-000000000001");
    static final UUID REQUESTER = UUID.fromString("00000000-0000-4000-b000-000000000002");
    static final int OFFERS = 64;

    private BookingBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (Throwable t) {
            // exit here: the in-JVM broker's threads would keep exec:java waiting and the error would never show
            System.err.println("Benchmark aborted:");
            t.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run() throws Exception {
        String loadBefore = BenchmarkDoc.load();
        long t0 = System.nanoTime();
        Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 5));
        Duration measure = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
        // the service JVM needs longer than raw JDBC until its JIT has compiled the request path
        Duration httpWarmup = Duration.ofSeconds(Long.getLong("bench.http-warmup", 180));
        int rounds = Integer.getInteger("bench.rounds", 3);
        int[] clientCounts = java.util.Arrays.stream(System.getProperty("bench.clients", "8,64").split(","))
                .mapToInt(c -> Integer.parseInt(c.trim())).toArray();
        String jdbcUrl = TestInfrastructure.database("booking");
        DataSource db = TestInfrastructure.postgres().getDatabase("postgres", "booking");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process service = ServiceProcess.start(jdbcUrl, TestInfrastructure.bootstrapServers(), port, publicKey());
        try {
            ServiceProcess.awaitReady(port, Duration.ofSeconds(120));
            List<UUID> offers = seedOffers(db);
            Slots slots = new Slots(offers, Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS));
            String token = TestTokens.clientToken("bench-dispatcher", REQUESTER, REGION, Roles.DISPATCHER);
            boolean jdkClient = "jdk".equals(System.getProperty("bench.client"));
            HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ThreadLocal<RawHttp> connection = ThreadLocal.withInitial(() -> new RawHttp("localhost", port));
            URI uri = URI.create("http://localhost:" + port + "/bookings");
            String headers = "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n";
            Load.Op viaHttp = () -> {
                Slots.Slot slot = slots.next();
                String body = "{\"offerId\":\"" + slot.offer() + "\",\"start\":\"" + slot.start() + "\",\"end\":\""
                        + slot.end() + "\",\"settlementMode\":\"NON_MONETARY\"}";
                String key = UUID.randomUUID().toString();
                int status;
                String answer;
                if (jdkClient) {
                    HttpResponse<String> r = jdk.send(HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    status = r.statusCode();
                    answer = r.body();
                } else {
                    RawHttp.Response r = connection.get().send("POST", "/bookings", headers + "Idempotency-Key: " + key + "\r\n", body);
                    status = r.status();
                    answer = r.body();
                }
                if (status != 201) {
                    throw new IllegalStateException("HTTP " + status + ": " + answer);
                }
            };
            RawInsert raw = new RawInsert(db, slots);
            URI health = URI.create("http://localhost:" + port + "/q/health/live");
            Load.Op liveness = () -> {
                if (jdkClient) {
                    jdk.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
                } else {
                    connection.get().send("GET", "/q/health/live", "", null);
                }
            };
            List<String> lines = new ArrayList<>();
            List<String> table = new ArrayList<>();
            List<String> summary = new ArrayList<>();
            lines.add(String.format("%-28s %8s %10s %10s %10s %8s", "case", "clients", "ops/s", "p50 ms", "p99 ms", "ratio"));
            Load.Result floor = Load.run(8, Duration.ofSeconds(2), Duration.ofSeconds(5), liveness, new CpuMeter(service.pid()));
            lines.add(String.format("%-28s %8d %10.0f %10.2f %10.2f %8s", "HTTP GET /q/health/live", 8,
                    floor.throughput(), floor.p50(), floor.p99(), "-"));
            lines.add("  CPU per request: " + floor.cpu());
            table.add(String.format("| floor: `GET /q/health/live` over HTTP | 8 | | %,.0f | %.2f | %.2f | | %s |", floor.throughput(),
                    floor.p50(), floor.p99(), floor.cpu()));
            CpuMeter cpu = new CpuMeter(service.pid());
            // an HTTP case ends when every event of its bookings is on the broker, not when the last response arrived
            Load.Tail relayed = () -> {
                long start = System.nanoTime();
                while (count(db, "select count(*) from outbox_event") > 0) {
                    if (System.nanoTime() - start > 120_000_000_000L) {
                        throw new IllegalStateException("The outbox relay did not catch up within 120 s");
                    }
                    Thread.sleep(20);
                }
                return Duration.ofNanos(System.nanoTime() - start);
            };
            StatementStats stats = Boolean.getBoolean("bench.statement-stats") ? new StatementStats(db) : null;
            for (int clients : clientCounts) {
                // HTTP and raw alternate in rounds, so that a noisy spell on this shared machine hits both and shows as
                // a spread of the per-round ratios instead of skewing one side
                double httpSum = 0;
                double rawSum = 0;
                List<Double> ratios = new ArrayList<>();
                for (int round = 1; round <= rounds; round++) {
                    Load.Result h;
                    // the service JVM's JIT needs minutes on two busy cores: the first case gets the long warm-up,
                    // a later client count a short one to settle, later rounds the raw warm-up
                    Duration httpWarm = round > 1 ? warmup : clients == clientCounts[0] ? httpWarmup : Duration.ofSeconds(20);
                    if (stats != null) {
                        stats.reset();
                    }
                    if (Boolean.getBoolean("bench.sample-waits")) {
                        System.out.println("PostgreSQL wait samples, HTTP, " + clients + " clients:");
                        try (WaitSampler ignored = new WaitSampler(db)) {
                            h = Load.run(clients, httpWarm, measure, viaHttp, cpu, relayed);
                        }
                    } else {
                        h = Load.run(clients, httpWarm, measure, viaHttp, cpu, relayed);
                    }
                    if (stats != null) {
                        stats.print("HTTP, " + clients + " clients, round " + round);
                        stats.reset();
                    }
                    Load.Result r = Load.run(clients, warmup, measure, raw::insertOne, cpu);
                    if (stats != null) {
                        stats.print("raw, " + clients + " clients, round " + round);
                    }
                    double ratio = h.throughput() / r.throughput();
                    ratios.add(ratio);
                    httpSum += h.throughput();
                    rawSum += r.throughput();
                    lines.add(String.format("%-28s %8d %10.0f %10.2f %10.2f %8s", "HTTP POST /bookings, round " + round, clients,
                            h.throughput(), h.p50(), h.p99(), String.format("%.0f %%", 100 * ratio)));
                    lines.add(String.format("%-28s %8d %10.0f %10.2f %10.2f %8s", "raw JDBC booking+outbox", clients,
                            r.throughput(), r.p50(), r.p99(), "100 %"));
                    table.add(String.format("| `POST /bookings` over HTTP | %d | %d | %,.0f | %.2f | %.2f | %.0f %% | %s |", clients,
                            round, h.throughput(), h.p50(), h.p99(), 100 * ratio, h.cpu()));
                    table.add(String.format("| raw JDBC: booking + outbox row | %d | %d | %,.0f | %.2f | %.2f | | %s |", clients, round,
                            r.throughput(), r.p50(), r.p99(), r.cpu()));
                    lines.add("  CPU per booking, HTTP: " + h.cpu());
                    lines.add("  CPU per booking, raw:  " + r.cpu());
                    lines.add(String.format("  the relay needed %.2f s after the last request to publish every event; "
                            + "counted in the HTTP case's time and CPU", h.tail().toNanos() / 1e9));
                }
                List<Double> sorted = ratios.stream().sorted().toList();
                summary.add(String.format("| %d | %d | %,.0f | %,.0f | **%.0f %%** | %.0f to %.0f %% |", clients, rounds,
                        httpSum / rounds, rawSum / rounds, 100 * httpSum / rawSum, 100 * sorted.get(0),
                        100 * sorted.get(sorted.size() - 1)));
                lines.add(String.format("=> %d clients, %d rounds: HTTP %.0f/s, raw %.0f/s, ratio of the means %.0f %% "
                                + "(per round %.0f to %.0f %%, median %.0f %%)", clients, rounds, httpSum / rounds, rawSum / rounds,
                        100 * httpSum / rawSum, 100 * sorted.get(0), 100 * sorted.get(sorted.size() - 1),
                        100 * sorted.get(sorted.size() / 2)));
            }
            long unpublished = count(db, "select count(*) from outbox_event where topic = 'booking-events'");
            long drainStart = System.nanoTime();
            long left = unpublished;
            while (left > 0 && System.nanoTime() - drainStart < 60_000_000_000L) {
                Thread.sleep(200);
                left = count(db, "select count(*) from outbox_event where topic = 'booking-events'");
            }
            String drained = left == 0 ? String.format("relayed within %.1f s", (System.nanoTime() - drainStart) / 1e9)
                    : left + " still waiting after 60 s";
            System.out.println();
            System.out.println("Booking-create benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, HTTP client "
                    + (jdkClient ? "java.net.http" : "RawHttp (keep-alive socket)") + ", warmup "
                    + httpWarmup.toSeconds() + " s HTTP (20 s for a later client count, " + warmup.toSeconds() + " s before later rounds) / "
                    + warmup.toSeconds() + " s raw, "
                    + rounds + " rounds of " + measure.toSeconds() + " s HTTP then " + measure.toSeconds()
                    + " s raw per client count; any error aborts the run)");
            lines.forEach(System.out::println);
            System.out.println("outbox rows not yet relayed at the end: " + unpublished + (unpublished > 0 ? ", " + drained : ""));
            BenchmarkDoc.write("BookingBenchmark", section(loadBefore, t0, rounds, measure, httpWarmup, jdkClient, table, summary));
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private static String section(String loadBefore, long t0, int rounds, Duration measure, Duration httpWarmup,
                                  boolean jdkClient, List<String> table, List<String> summary) {
        return String.join("\n",
                "## Booking create (`BookingBenchmark`)",
                "",
                "`BookingBenchmark` (booking-service test sources, `bench/`) starts the embedded PostgreSQL 17 and the in-JVM KRaft",
                "broker of test-infra, launches the packaged service (`target/quarkus-app`, own JVM, `-Xmx512m -XX:+UseParallelGC`,",
                "relay on) against them, seeds " + OFFERS + " offers through `pool-events`, and measures in the same run, against the",
                "same database and table (exclusion constraint and trigger included): `POST /bookings` over HTTP (JWT, validation,",
                "Idempotency-Key, audit line, outbox row relayed to Kafka; a case ends when the relay has published every event of",
                "its bookings) from closed-loop clients, a fresh key per request, non-overlapping periods; and the raw baseline,",
                "plain JDBC, one transaction inserting the booking row and its outbox row (into `bench_outbox`, shaped like",
                "`outbox_event`), one connection per client. HTTP and raw alternate in " + rounds + " rounds of "
                        + measure.toSeconds() + " s per client count,",
                "so a noisy spell hits both; the service gets " + httpWarmup.toSeconds() + " s of warm-up first. Load generator: "
                        + (jdkClient ? "`java.net.http`" : "`RawHttp`, a minimal keep-alive HTTP/1.1 client") + ". CPU per operation",
                "is split by process (service JVM, benchmark JVM with load generator and broker, all PostgreSQL processes) from",
                "`/proc`.",
                "",
                BenchmarkDoc.machine(loadBefore) + String.format(" At the end: %s; the run took %.0f s.", BenchmarkDoc.load(),
                        (System.nanoTime() - t0) / 1e9),
                "",
                "| clients | rounds | HTTP bookings/s (mean) | raw bookings/s (mean) | HTTP / raw | per round |",
                "|---:|---:|---:|---:|---:|---|",
                String.join("\n", summary),
                "",
                "| case | clients | round | ops/s | p50 ms | p99 ms | HTTP / raw | CPU per operation |",
                "|---|---:|---:|---:|---:|---:|---:|---|",
                String.join("\n", table),
                "",
                "```",
                "deploy/bench.sh booking   # options: -Dbench.clients=8,64 -Dbench.rounds=3 -Dbench.seconds=10 -Dbench.http-warmup=180",
                "#   -Dbench.service-jar=/path/to/quarkus-app/quarkus-run.jar (another build, for a before/after pair)",
                "#   -Dbench.client=jdk  -Dbench.sample-waits=true  -Dbench.statement-stats=true -Dtestinfra.postgres.preload=pg_stat_statements",
                "```");
    }

    private static List<UUID> seedOffers(DataSource db) throws Exception {
        List<UUID> offers = new ArrayList<>();
        var kafka = TestInfrastructure.kafkaCompanion();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < OFFERS; i++) {
            UUID offer = UUID.randomUUID();
            offers.add(offer);
            records.add(new ProducerRecord<>("pool-events", offer.toString(), """
                    {"eventId":"%s","eventType":"OfferCreated","occurredAt":"%s","offerId":"%s",
                     "ownerMemberId":"%s","regionId":"%s","kind":"EQUIPMENT","category":"MOBILE_PUMP",
                     "title":"Schmutzwasserpumpe %d","sectors":["WASTEWATER"],"depot":null,"unit":"DAY","bufferMinutes":30,
                     "settlementModes":["MONETARY","NON_MONETARY"],"autoConfirm":false,"status":"ACTIVE"}
                    """.formatted(UUID.randomUUID(), Instant.now(), offer, OWNER, REGION, i)));
        }
        kafka.produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(60));
        long deadline = System.currentTimeMillis() + 60_000;
        while (count(db, "select count(*) from offer") < OFFERS) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("offers were not projected from pool-events");
            }
            Thread.sleep(100);
        }
        return offers;
    }

    static long count(DataSource db, String sql) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Path publicKey() throws Exception {
        Path file = Files.createTempFile("bench-public", ".pem");
        try (InputStream in = BookingBenchmark.class.getClassLoader().getResourceAsStream("test-keys/public.pem")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
