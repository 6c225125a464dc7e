package de.dienstleistungspool.pool.bench;

import de.dienstleistungspool.testinfra.TestInfrastructure;
import de.dienstleistungspool.testinfra.TestTokens;
import de.dienstleistungspool.testinfra.bench.BenchmarkDoc;
import de.dienstleistungspool.testinfra.bench.CpuMeter;
import de.dienstleistungspool.testinfra.bench.Load;
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Benchmark program (not a test): starts an embedded PostgreSQL 17 and Kafka broker (test-infra), runs the packaged
 * pool-service against them as a child process, loads 10,000 offers and 500,000 busy periods, and measures offer by
 * id, availability and search over HTTP at 8 concurrent clients next to the same SQL run raw over JDBC in the same
 * run, with the CPU per request split by process; prints and writes its section of docs/BENCHMARKS.md.
 * Run: {@code deploy/bench.sh pool}.
 */
public final class PoolBenchmark {

    static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 5));
    static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 15));
    static final int PORT = Integer.getInteger("bench.port", 18082);

    private PoolBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (Throwable e) {
            // exit here: the in-JVM broker's threads would keep exec:java waiting and the error would never show
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run() throws Exception {
        String loadBefore = BenchmarkDoc.load();
        long t0 = System.nanoTime();
        String jdbcUrl = TestInfrastructure.database("poolbench");
        String kafka = TestInfrastructure.bootstrapServers();
        Process service = startService(jdbcUrl, kafka);
        try {
            waitUntilReady();
            long ready = (System.nanoTime() - t0) / 1_000_000_000L;
            System.out.printf("service ready after %d s%n", ready);
            long loadStart = System.nanoTime();
            try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                BenchData.load(c);
            }
            long loaded = (System.nanoTime() - loadStart) / 1_000_000_000L;
            System.out.printf("loaded %,d offers and %,d busy periods in %d s%n", BenchData.OFFERS,
                    BenchData.OFFERS * BenchData.BUSY_PER_OFFER, loaded);
            String token = TestTokens.token(UUID.randomUUID(), BenchData.REGION, "dispatcher");
            Workloads w = new Workloads(PORT, token, jdbcUrl);
            CpuMeter cpu = new CpuMeter(service.pid());
            List<String> rows = new ArrayList<>();
            List<String> ratios = new ArrayList<>();
            pair("offer by id", w::offerHttp, w::offerRaw, cpu, rows, ratios);
            pair("availability, 7 days", w::availabilityHttp, w::availabilityRaw, cpu, rows, ratios);
            pair("search, nearest free, page of 20", w::searchHttp, w::searchRaw, cpu, rows, ratios);
            w.close();
            BenchmarkDoc.write("PoolBenchmark", section(loadBefore, t0, ready, loaded, rows, ratios));
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    /** Measures one request over HTTP and then its SQL raw, and adds both rows and their ratio. */
    private static void pair(String name, Load.Op http, Load.Op raw, CpuMeter cpu, List<String> rows, List<String> ratios)
            throws Exception {
        Load.Result h = Load.run(CLIENTS, WARMUP, MEASURE, http, cpu);
        Load.Result r = Load.run(CLIENTS, WARMUP, MEASURE, raw, cpu);
        rows.add(String.format("| %s | HTTP | %,.0f | %.2f | %.2f | %s |", name, h.throughput(), h.p50(), h.p99(), h.cpu()));
        rows.add(String.format("| %s | raw SQL | %,.0f | %.2f | %.2f | %s |", name, r.throughput(), r.p50(), r.p99(), r.cpu()));
        ratios.add(String.format("| %s | **%.0f %%** | %.1f× | %.1f× |", name, 100 * h.throughput() / r.throughput(),
                h.p50() / r.p50(), h.p99() / r.p99()));
        System.out.println(rows.get(rows.size() - 2));
        System.out.println(rows.get(rows.size() - 1));
    }

    private static String section(String loadBefore, long t0, long ready, long loaded, List<String> rows, List<String> ratios) {
        return String.join("\n",
                "## Offers, availability and search (`PoolBenchmark`)",
                "",
                "`PoolBenchmark` (pool-service test sources, `bench/`) starts the embedded PostgreSQL 17 and the Kafka broker of",
                "test-infra, runs the packaged service (`target/quarkus-app`, `-Xmx512m`) against a fresh `poolbench` database,",
                String.format("loads %,d offers of one region, %,d busy periods and %,d blackouts with set-based SQL, and measures",
                        BenchData.OFFERS, BenchData.OFFERS * BenchData.BUSY_PER_OFFER, BenchData.OFFERS),
                "at " + CLIENTS + " closed-loop clients (" + WARMUP.toSeconds() + " s warm-up, " + MEASURE.toSeconds()
                        + " s measured each) over HTTP with a bearer token (`RawHttp`, one keep-alive",
                "connection per client), next to the same SQL statements the service runs, sent raw over JDBC (one connection",
                "per client), in the same run: *offer by id* (the lightest authenticated request: the fixed HTTP, token and",
                "JSON cost), *availability* of a random offer over a random 7-day window, *search* for free offers for a random",
                "8-hour window nearest to a random point (page of 20, with the exact total). CPU per request is split by",
                "process (service JVM, benchmark JVM with load generator and broker, all PostgreSQL processes) from `/proc`.",
                "",
                BenchmarkDoc.machine(loadBefore) + String.format(" Service ready after %d s, data loaded in %d s. At the end: %s;"
                        + " the run took %d s.", ready, loaded, BenchmarkDoc.load(), (System.nanoTime() - t0) / 1_000_000_000L),
                "",
                "| request | HTTP / raw throughput | p50 HTTP / raw | p99 HTTP / raw |",
                "|---|---:|---:|---:|",
                String.join("\n", ratios),
                "",
                "| request | path | requests/s | p50 ms | p99 ms | CPU per request |",
                "|---|---|---:|---:|---:|---|",
                String.join("\n", rows),
                "",
                "```",
                "deploy/bench.sh pool   # options: -Dbench.clients=8 -Dbench.seconds=15 -Dbench.warmup=5 -Dbench.port=18082",
                "```");
    }

    private static Process startService(String jdbcUrl, String kafka) throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(jar)) {
            jar = Path.of("pool-service", "target", "quarkus-app", "quarkus-run.jar");
        }
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the service first, or run deploy/bench.sh pool");
        }
        Path key = Files.createTempFile("bench-public", ".pem");
        try (InputStream in = PoolBenchmark.class.getClassLoader().getResourceAsStream("test-keys/public.pem")) {
            Files.write(key, in.readAllBytes());
        }
        File log = File.createTempFile("pool-bench-service", ".log");
        System.out.println("service log: " + log);
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dquarkus.http.port=" + PORT, "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres",
                "-Dquarkus.flyway.username=postgres", "-Dquarkus.flyway.password=postgres",
                "-Dkafka.bootstrap.servers=" + kafka, "-Dmp.jwt.verify.publickey.location=" + key.toUri(),
                "-Dquarkus.log.level=WARN", "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log).start();
    }

    private static void waitUntilReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("pool-service did not become ready within 120 s");
    }
}
