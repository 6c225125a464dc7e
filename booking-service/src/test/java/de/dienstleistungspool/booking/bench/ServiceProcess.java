package de.dienstleistungspool.booking.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Starts the packaged booking-service ({@code target/quarkus-app}) in its own JVM against the benchmark's PostgreSQL
 * and Kafka, as it runs in the stack.
 */
final class ServiceProcess {

    private ServiceProcess() {
    }

    static Process start(String jdbcUrl, String kafka, int port, Path publicKey) throws Exception {
        // -Dbench.service-jar: another packaged build, e.g. a copy of the previous code's, for a before/after comparison
        Path jar = Path.of(System.getProperty("bench.service-jar", "booking-service/target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            jar = Path.of("target/quarkus-app/quarkus-run.jar");
        }
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Package the service first: ./mvnw -q install -DskipTests -pl booking-service -am");
        }
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("bench.service-heap", "512m"),
                "-XX:+UseParallelGC", // as in the production image (deploy/docker/Dockerfile.jvm)
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.datasource.username=postgres",
                "-Dquarkus.datasource.password=postgres",
                "-Dquarkus.flyway.username=postgres",
                "-Dquarkus.flyway.password=postgres",
                "-Dkafka.bootstrap.servers=" + kafka,
                "-Dmp.jwt.verify.publickey.location=" + publicKey.toUri(),
                "-Dquarkus.log.level=WARN",
                "-jar", jar.toString()));
        String extra = System.getProperty("bench.service-jvm-args", "");
        if (!extra.isBlank()) {
            command.addAll(command.size() - 2, List.of(extra.split(" ")));
        }
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "booking-bench-service.log")).start();
    }

    static void awaitReady(int port, Duration atMost) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("booking-service did not become ready; see booking-bench-service.log in the temp dir");
    }
}
