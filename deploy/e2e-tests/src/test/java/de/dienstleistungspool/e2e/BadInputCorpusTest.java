package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.e2e.stack.Api;
import de.dienstleistungspool.e2e.stack.OpenApi;
import de.dienstleistungspool.e2e.stack.OpenApi.Operation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A corpus of bad input against every operation that takes a body or parameters (read from the OpenAPI documents),
 * called with a role the operation allows: malformed JSON, wrong types, a body over 1 MB, SQL and script strings,
 * nonsense parameters, reversed, empty and decades-long periods, unknown ids. Only 4xx problem+json may come back,
 * never a 500, and not one row of the four databases changes.
 */
@Order(4)
class BadInputCorpusTest extends StackTest {

    static final String SQL = "' OR 1=1; DROP TABLE booking; --";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String HUGE = "x".repeat(1_100_000);

    @Test
    void badInputGetsProblemJsonAndWritesNothing() {
        String offer = createFlushingOffer("eschwege-works-staff", "Spülfahrzeug (Eingabeprüfung)");
        // every token first: a token request is counted by municipality's token_throttle, which must not change below
        for (String service : AuthorizationMatrixTest.SERVICES) {
            OpenApi.operations(API, service).stream().filter(op -> !op.isPublic() && !op.roles().isEmpty())
                    .filter(op -> !AuthorizationMatrixTest.NOT_SWEPT_WITH_ALLOWED_ROLE.contains(op.toString()))
                    .forEach(op -> API.token(AuthorizationMatrixTest.client(op.roles().get(0))));
        }
        periodCases(offer).values().forEach(v -> API.token((String) v[1]));
        Map<String, Long> before = stableRowCounts();
        List<String> violations = new ArrayList<>();
        int calls = 0;
        for (String service : AuthorizationMatrixTest.SERVICES) {
            for (Operation op : OpenApi.operations(API, service)) {
                if (op.isPublic() || op.roles().isEmpty()) {
                    continue; // the token endpoint answers RFC 6749 errors; the iCal feeds are checked by the matrix
                }
                if (AuthorizationMatrixTest.NOT_SWEPT_WITH_ALLOWED_ROLE.contains(op.toString())) {
                    continue; // the platform operator's key rotation: EmergencyKeyRotationTest and SigningKeyProtectionTest
                }
                String token = API.token(AuthorizationMatrixTest.client(op.roles().get(0)));
                for (Map.Entry<String, String[]> input : corpus(op, offer).entrySet()) {
                    Api.Reply r;
                    try {
                        r = send(op, input.getValue()[0], input.getValue()[1], token);
                    } catch (IllegalStateException e) {
                        r = new Api.Reply(0, null, "no response: " + e.getCause());
                    }
                    calls++;
                    if (r.status() < 400 || r.status() >= 500 || !r.isProblem()) {
                        violations.add(op + " " + input.getKey() + ": " + r);
                    }
                }
            }
        }
        for (Map.Entry<String, Object[]> c : periodCases(offer).entrySet()) {
            Object[] v = c.getValue();
            Api.Reply r = v[0].equals("booking")
                    ? postIdempotent("booking", (String) v[2], API.token((String) v[1]), v[3], UUID.randomUUID().toString())
                    : API.post((String) v[0], (String) v[2], API.token((String) v[1]), v[3]);
            calls++;
            if (r.status() < 400 || r.status() >= 500 || !r.isProblem()) {
                violations.add(c.getKey() + ": " + r);
            }
        }
        Map<String, Long> after = stableRowCounts();
        System.out.printf("bad-input corpus: %d calls, %d violations%n", calls, violations.size());
        violations.forEach(v -> System.out.println("  " + v));
        Map<String, String> changed = new LinkedHashMap<>();
        after.forEach((table, n) -> {
            // retries of webhook deliveries that earlier tests left failing run on their own schedule
            if (!n.equals(before.get(table)) && !table.equals("notification.webhook_attempt")) {
                changed.put(table, before.get(table) + " -> " + n);
            }
        });
        System.out.println("row counts changed by the corpus: " + changed);
        assertTrue(calls > 300, "the corpus reached every operation");
        KnownDefects.assertOnlyKnown("bad-input", violations);
        assertEquals(Map.of(), changed, "a refused request writes nothing");
    }

    /** Row counts once two readings a second apart agree (consumers and dispatchers of earlier tests have settled). */
    static Map<String, Long> stableRowCounts() {
        return await("quiet databases", Duration.ofSeconds(60), () -> {
            Map<String, Long> first = DB.rowCounts();
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return first.equals(DB.rowCounts()) ? first : null;
        });
    }

    /** Named inputs for one operation: {path with query, body or null}. */
    static Map<String, String[]> corpus(Operation op, String offer) {
        Map<String, String[]> c = new LinkedHashMap<>();
        String base = op.path().replace("{memberId}", ESCHWEGE).replace("{regionId}", REGION).replace("{year}", "2026")
                .replace("{eventType}", "BookingConfirmed").replace("{offerId}", offer);
        // the offer's lifecycle actions (pause, resume, retire) get an unknown id, so a lenient parameter cannot act
        boolean lifecycle = op.method().equals("POST") && op.path().matches("/offers/\\{id}/[a-z]+");
        base = op.service().equals("pool") && !lifecycle ? base.replace("{id}", offer) : base;
        String known = base.replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
        if (op.bodySchema() != null) {
            c.put("malformed JSON", new String[] {known, "{\"start\": "});
            c.put("JSON array instead of object", new String[] {known, "[1, 2]"});
            c.put("body over 1 MB", new String[] {known, "{\"title\":\"" + HUGE + "\"}"});
            if (op.bodySchema().path("properties").size() > 0) {
                c.put("empty body", new String[] {known, ""});
                c.put("wrong types", new String[] {known, Api.write(filled(op.bodySchema(), null))});
                c.put("SQL strings", new String[] {known, Api.write(filled(op.bodySchema(), SQL))});
                c.put("script strings", new String[] {known, Api.write(filled(op.bodySchema(), SCRIPT))});
            } else {
                // a call without parameters (POST /signing-keys): no body or {} is a valid call, anything said is not
                c.put("unknown field", new String[] {known, "{\"kid\":\"" + SQL + "\"}"});
                c.put("plain text", new String[] {known, SCRIPT});
            }
        }
        for (OpenApi.Param p : op.params()) {
            if (p.in().equals("path")) {
                c.put("path " + p.name() + " not an id", new String[] {op.path().replace("{" + p.name() + "}",
                        "not-an-id").replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString()), body(op)});
            } else if (p.in().equals("query")) {
                boolean typed = !p.type().equals("string") || !p.format().isEmpty() || p.schema().has("enum")
                        || p.schema().has("pattern") || List.of("from", "to").contains(p.name());
                if (typed) {
                    c.put("query " + p.name() + " SQL", new String[] {known + "?" + p.name() + "=" + Api.enc(SQL), body(op)});
                    c.put("query " + p.name() + " script", new String[] {known + "?" + p.name() + "=" + Api.enc(SCRIPT), body(op)});
                    c.put("query " + p.name() + " huge", new String[] {known + "?" + p.name() + "=" + "9".repeat(2000), body(op)});
                }
            }
        }
        if (op.params().stream().anyMatch(p -> p.name().equals("from"))
                && op.params().stream().anyMatch(p -> p.name().equals("to"))) {
            Instant t = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            c.put("reversed period", new String[] {known + "?from=" + t.plusSeconds(3600) + "&to=" + t, body(op)});
            c.put("zero-length period", new String[] {known + "?from=" + t + "&to=" + t, body(op)});
            // a list filter may span any range (the page bounds the answer); availability and search must refuse it
            if (!op.path().equals("/bookings") && !op.path().equals("/region/bookings")) {
                c.put("decades-long period", new String[] {known + "?from=" + t + "&to=" + t.plus(36500, ChronoUnit.DAYS), body(op)});
            }
        }
        return c;
    }

    private static String body(Operation op) {
        return op.bodySchema() == null ? null : "{}";
    }

    /** Every property of the schema set to {@code text}, or (text null) to a value of the wrong JSON type. */
    static Map<String, Object> filled(JsonNode schema, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(p -> {
            String type = p.getValue().path("type").asText("object");
            if (text != null) {
                body.put(p.getKey(), type.equals("array") ? List.of(text) : text);
            } else {
                body.put(p.getKey(), type.equals("object") ? "not an object" : Map.of("wrong", "type"));
            }
        });
        return body;
    }

    /** Periods and ids in otherwise valid bodies, where a naive service would accept them. */
    static Map<String, Object[]> periodCases(String offer) {
        Instant t = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object[]> c = new LinkedHashMap<>();
        c.put("booking POST /bookings reversed period", new Object[] {"booking", "wanfried-dispatcher", "/bookings",
                bookingBody(offer, t.plusSeconds(3600), t, "MONETARY")});
        c.put("booking POST /bookings zero-length period", new Object[] {"booking", "wanfried-dispatcher", "/bookings",
                bookingBody(offer, t, t, "MONETARY")});
        c.put("booking POST /bookings decades-long period", new Object[] {"booking", "wanfried-dispatcher", "/bookings",
                bookingBody(offer, t, t.plus(36500, ChronoUnit.DAYS), "MONETARY")});
        c.put("booking POST /bookings unknown offer", new Object[] {"booking", "wanfried-dispatcher", "/bookings",
                bookingBody(UUID.randomUUID().toString(), t, t.plusSeconds(3600), "MONETARY")});
        String blackouts = "/offers/" + offer + "/blackouts";
        c.put("pool POST /offers/{offerId}/blackouts reversed period", new Object[] {"pool", "eschwege-works-staff",
                blackouts, Map.of("start", t.plusSeconds(3600).toString(), "end", t.toString(), "reason", "x")});
        c.put("pool POST /offers/{offerId}/blackouts zero-length period", new Object[] {"pool",
                "eschwege-works-staff", blackouts, Map.of("start", t.toString(), "end", t.toString(), "reason", "x")});
        c.put("pool POST /offers/{offerId}/blackouts decades-long period", new Object[] {"pool",
                "eschwege-works-staff", blackouts, Map.of("start", t.toString(),
                        "end", t.plus(36500, ChronoUnit.DAYS).toString(), "reason", "x")});
        c.put("pool POST /offers/{offerId}/blackouts unknown offer", new Object[] {"pool", "eschwege-works-staff",
                "/offers/" + UUID.randomUUID() + "/blackouts", Map.of("start", t.toString(),
                        "end", t.plusSeconds(3600).toString(), "reason", "x")});
        return c;
    }

    static Api.Reply send(Operation op, String path, String body, String token) {
        String type = body == null ? null : "application/json";
        if (op.service().equals("booking") && op.method().equals("POST")) {
            return API.callWithHeaders(op.service(), op.method(), path, token, body == null ? "{}" : body,
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        }
        // every create needs an Idempotency-Key; other requests ignore it
        return API.call(op.service(), op.method(), path, token, body, type, op.method().equals("POST")
                ? Map.of("Idempotency-Key", UUID.randomUUID().toString()) : Map.of());
    }
}
