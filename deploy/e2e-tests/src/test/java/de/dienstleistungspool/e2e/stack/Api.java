package de.dienstleistungspool.e2e.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A small HTTP client for the stack's services: demo-client tokens (cached), JSON calls and raw calls. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String DEMO_SECRET = "demo-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final E2eStack stack;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public Api(E2eStack stack) {
        this.stack = stack;
    }

    /** The answer of one call: status, content type and body. */
    public record Reply(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
        }
    }

    /** A token for a demo API client (client credentials grant), cached for this run. */
    public String token(String clientId) {
        return tokens.computeIfAbsent(clientId, this::freshToken);
    }

    /** Forgets the cached tokens (after an emergency key rotation they are refused everywhere). */
    public void forgetTokens() {
        tokens.clear();
    }

    public String freshToken(String clientId) {
        Reply r = tokenRequest(clientId, DEMO_SECRET);
        if (r.status() != 200) {
            throw new AssertionError("token for " + clientId + ": " + r);
        }
        return r.json().get("access_token").asText();
    }

    public Reply tokenRequest(String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret);
        return send(HttpRequest.newBuilder(URI.create(stack.service("municipality").url("/oauth2/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A person's token (password grant). */
    public Reply passwordToken(String email, String password) {
        String form = "grant_type=password&username=" + enc(email) + "&password=" + enc(password);
        return send(HttpRequest.newBuilder(URI.create(stack.service("municipality").url("/oauth2/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public Reply get(String service, String path, String token) {
        return call(service, "GET", path, token, null, null);
    }

    /** A JSON POST with a fresh Idempotency-Key (every create needs one; a new key means a new intended change). */
    public Reply post(String service, String path, String token, Object body) {
        return callWithHeaders(service, "POST", path, token, body == null ? null : write(body),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    public Reply put(String service, String path, String token, Object body) {
        return call(service, "PUT", path, token, write(body), "application/json");
    }

    /** Any method with a raw body (null for none) and content type. */
    public Reply call(String service, String method, String path, String token, String body, String contentType) {
        return call(service, method, path, token, body, contentType, Map.of());
    }

    /** Any method with a raw body (null for none), content type (null for none) and extra headers. */
    public Reply call(String service, String method, String path, String token, String body, String contentType,
            Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stack.service(service).url(path)))
                .timeout(Duration.ofSeconds(90))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        return send(b);
    }

    /** A JSON call with extra headers. */
    public Reply callWithHeaders(String service, String method, String path, String token, String body,
            Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(stack.service(service).url(path)))
                .timeout(Duration.ofSeconds(90))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        return send(b);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.build().uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String write(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
