package de.dienstleistungspool.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Polls every service's {@code /q/health/ready} until all answer UP, reporting each as it becomes ready and failing
 * at once (with the end of its log) if one of them exits.
 */
public final class ReadinessWatch {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    /** Blocks until every service is ready; calls {@code onReady(service, seconds)} for each one. */
    public void awaitAll(Map<StackService, ChildProcess> services, Duration timeout, long startNanos,
            BiConsumer<StackService, Double> onReady) {
        Map<StackService, ChildProcess> pending = new LinkedHashMap<>(services);
        Map<StackService, String> lastAnswer = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty()) {
            for (var it = pending.entrySet().iterator(); it.hasNext();) {
                var entry = it.next();
                entry.getValue().requireAlive();
                String answer = probe(entry.getKey());
                if ("UP".equals(answer)) {
                    onReady.accept(entry.getKey(), (System.nanoTime() - startNanos) / 1e9);
                    it.remove();
                } else {
                    lastAnswer.put(entry.getKey(), answer);
                }
            }
            if (!pending.isEmpty() && System.nanoTime() > deadline) {
                StringBuilder why = new StringBuilder("Not ready within " + timeout + ":");
                pending.forEach((s, p) -> why.append("\n  ").append(s.name()).append(": ")
                        .append(lastAnswer.get(s)).append(" (log ").append(p.log()).append(")"));
                throw new IllegalStateException(why.toString());
            }
            KafkaBroker.sleep(250);
        }
    }

    /** "UP", or what the service answered instead (a DOWN body, a status, or that it is not listening yet). */
    String probe(StackService service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return "UP";
            }
            return "HTTP " + response.statusCode() + " " + response.body().replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            return "not listening yet";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
