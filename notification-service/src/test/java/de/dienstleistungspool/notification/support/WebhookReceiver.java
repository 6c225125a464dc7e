package de.dienstleistungspool.notification.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP server on 127.0.0.1 standing in for a member's software: records every POST it gets and answers
 * with a status chosen per request number.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One received request. */
    public record Received(Map<String, List<String>> headers, String body, int answeredWith) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final List<java.time.Instant> arrivals = new CopyOnWriteArrayList<>();

    /** @param statuses the answer to the 1st, 2nd, ... request; the last one repeats */
    public WebhookReceiver(int... statuses) throws IOException {
        this(null, statuses);
    }

    /** @param retryAfter a Retry-After value sent with every answer, or null */
    public WebhookReceiver(String retryAfter, int... statuses) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            arrivals.add(java.time.Instant.now());
            int n = count.getAndIncrement();
            int status = statuses[Math.min(n, statuses.length - 1)];
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, status));
            if (retryAfter != null) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** When each request arrived. */
    public List<java.time.Instant> arrivals() {
        return List.copyOf(arrivals);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
