package de.dienstleistungspool.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The idempotency contract of a create, as every service's tests check it over HTTP: the same request sent twice
 * under one Idempotency-Key creates one thing and answers the same twice (the second time marked as a replay); the
 * same key for another request is 422.
 */
public final class IdempotentRetry {

    private IdempotentRetry() {
    }

    /**
     * Sends a request and its retry under one fresh key and checks the contract.
     *
     * @param send     sends the request with the given key
     * @param created  counts the things of the kind the request creates
     * @param shownOnce the answer's fields shown only in the first answer (secrets), absent from the replay
     * @return the first answer
     */
    public static Response createsOnce(Function<String, Response> send, LongSupplier created, String... shownOnce) {
        String key = UUID.randomUUID().toString();
        long before = created.getAsLong();
        Response first = send.apply(key);
        assertTrue(first.statusCode() >= 200 && first.statusCode() < 300, () -> "first answer " + first.statusCode()
                + ": " + first.body().asString());
        Response retry = send.apply(key);
        assertEquals(first.statusCode(), retry.statusCode(), () -> "retry answered " + retry.body().asString());
        assertEquals(1, created.getAsLong() - before, "one thing created for two requests with one key");
        assertEquals(first.header("Location"), retry.header("Location"));
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        Map<String, Object> expected = withoutShownOnce(first.jsonPath(), shownOnce);
        for (String field : shownOnce) {
            assertTrue(first.jsonPath().get(field) != null, () -> field + " is in the first answer");
            assertNull(retry.jsonPath().get(field), () -> field + " is never stored, so the replay leaves it out");
        }
        assertEquals(expected, withoutShownOnce(retry.jsonPath(), shownOnce), "the replay repeats the first answer");
        return first;
    }

    /** Sends {@code first} and then {@code other} (another request) under one fresh key: the second is 422. */
    public static void reusedKeyIsRefused(Function<String, Response> first, Function<String, Response> other,
                                          LongSupplier created) {
        String key = UUID.randomUUID().toString();
        Response answer = first.apply(key);
        assertTrue(answer.statusCode() >= 200 && answer.statusCode() < 300, () -> answer.body().asString());
        long before = created.getAsLong();
        Response refused = other.apply(key);
        assertEquals(422, refused.statusCode(), () -> refused.body().asString());
        assertEquals("urn:problem:idempotency-key-reused", refused.jsonPath().getString("type"));
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals(before, created.getAsLong(), "the refused request created nothing");
    }

    /** The request without a key: 400, nothing created. */
    public static void keyIsRequired(Function<String, Response> send, LongSupplier created) {
        long before = created.getAsLong();
        Response refused = send.apply(null);
        assertEquals(400, refused.statusCode(), () -> refused.body().asString());
        assertEquals("urn:problem:idempotency-key-required", refused.jsonPath().getString("type"));
        assertEquals(before, created.getAsLong());
    }

    private static Map<String, Object> withoutShownOnce(JsonPath answer, String... shownOnce) {
        Map<String, Object> body = answer.getMap("$");
        Set.of(shownOnce).forEach(path -> remove(body, path));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static void remove(Map<String, Object> body, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            body.remove(path);
        } else if (body.get(path.substring(0, dot)) instanceof Map<?, ?> inner) {
            remove((Map<String, Object>) inner, path.substring(dot + 1));
        }
    }
}
