package de.dienstleistungspool.pool.bench;

import de.dienstleistungspool.testinfra.TestInfrastructure;
import de.dienstleistungspool.testinfra.TestTokens;
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
 * pool-service against them as a child process, loads 10,000 offers and 500,000 busy periods, and measures
 * availability and search over HTTP at 8 concurrent clients next to the same SQL run raw over JDBC.
 *
 * <p>Run: {@code ./mvnw -o -q -pl pool-service package -DskipTests} then
 * {@code ./mvnw -o -q -pl pool-service exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=de.dienstleistungspool.pool.bench.PoolBenchmark} (see docs/POOL.md).
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
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run() throws Exception {
        long t0 = System.nanoTime();
        String jdbcUrl = TestInfrastructure.database("poolbench");
        String kafka = TestInfrastructure.bootstrapServers();
        Process service = startService(jdbcUrl, kafka);
        try {
            waitUntilReady();
            System.out.printf("service ready after %d s%n", (System.nanoTime() - t0) / 1_000_000_000L);
            long loadStart = System.nanoTime();
            try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                BenchData.load(c);
            }
            System.out.printf("loaded %,d offers and %,d busy periods in %d s%n", BenchData.OFFERS,
                    BenchData.OFFERS * BenchData.BUSY_PER_OFFER, (System.nanoTime() - loadStart) / 1_000_000_000L);
            String token = TestTokens.token(UUID.randomUUID(), BenchData.REGION, "dispatcher");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Workloads w = new Workloads(http, "http://localhost:" + PORT, token, jdbcUrl);
            List<Measurement.Result> results = new ArrayList<>();
            results.add(Measurement.run("offer by id HTTP", CLIENTS, WARMUP, MEASURE, w::offerHttp));
            results.add(Measurement.runWithConnections("offer by id raw SQL", CLIENTS, WARMUP, MEASURE, jdbcUrl, w::offerRaw));
            results.add(Measurement.run("availability HTTP", CLIENTS, WARMUP, MEASURE, w::availabilityHttp));
            results.add(Measurement.runWithConnections("availability raw SQL", CLIENTS, WARMUP, MEASURE, jdbcUrl, w::availabilityRaw));
            results.add(Measurement.run("search HTTP", CLIENTS, WARMUP, MEASURE, w::searchHttp));
            results.add(Measurement.runWithConnections("search raw SQL", CLIENTS, WARMUP, MEASURE, jdbcUrl, w::searchRaw));
            Measurement.print(results, CLIENTS);
            System.out.printf("total run %d s%n", (System.nanoTime() - t0) / 1_000_000_000L);
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private static Process startService(String jdbcUrl, String kafka) throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(jar)) {
            jar = Path.of("pool-service", "target", "quarkus-app", "quarkus-run.jar");
        }
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the service first: ./mvnw -o -q -pl pool-service package -DskipTests");
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
