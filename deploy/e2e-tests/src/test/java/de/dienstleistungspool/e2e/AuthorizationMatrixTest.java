package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.e2e.stack.Api;
import de.dienstleistungspool.e2e.stack.OpenApi;
import de.dienstleistungspool.e2e.stack.OpenApi.Operation;
import de.dienstleistungspool.e2e.stack.Tokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every service, read from its OpenAPI document, called as nobody, with an expired, a forged and
 * another region's token, and with each role of a demo member: the right 401/403, never a 2xx for a stranger, never
 * a 500. Then one member's resources as seen by another member of the same region: 403 or 404, never the data.
 */
@Order(3)
class AuthorizationMatrixTest extends StackTest {

    static final List<String> SERVICES = List.of("municipality", "pool", "booking", "notification");
    /** Operations the sweep must not perform with an allowed role: rotating the signing key changes the whole stack. */
    static final List<String> NOT_SWEPT_WITH_ALLOWED_ROLE = List.of("municipality POST /signing-keys");

    @Test
    void everyOperationRefusesStrangersAndWrongRoles() {
        Map<String, String> strangers = new LinkedHashMap<>();
        strangers.put("no token", null);
        strangers.put("expired", TOKENS.expired());
        strangers.put("forged", TOKENS.forged());
        String otherRegion = TOKENS.otherRegion();
        List<String> violations = new ArrayList<>();
        int calls = 0;
        int operations = 0;
        for (String service : SERVICES) {
            for (Operation op : OpenApi.operations(API, service)) {
                operations++;
                String readPath = path(op, false);
                if (op.isPublic()) {
                    Api.Reply r = call(op, readPath, null);
                    calls++;
                    if (r.status() >= 500 || (op.path().endsWith(".ics") && r.status() < 300)) {
                        violations.add(op + " public call without credentials: " + r);
                    }
                    continue;
                }
                for (var stranger : strangers.entrySet()) {
                    Api.Reply r = call(op, readPath, stranger.getValue());
                    calls++;
                    if (r.status() != 401) {
                        violations.add(op + " " + stranger.getKey() + ": expected 401, got " + r);
                    }
                }
                Api.Reply other = call(op, path(op, true), otherRegion);
                calls++;
                if (other.status() >= 500 || (other.status() < 300 && (other.body().contains(REGION)
                        || other.body().contains("-4000-b000-")))) {
                    violations.add(op + " other region: " + other);
                }
                for (String role : Tokens.ALL_ROLES) {
                    boolean allowed = op.roles().contains(role);
                    if (allowed && NOT_SWEPT_WITH_ALLOWED_ROLE.contains(op.toString())) {
                        continue;
                    }
                    // an allowed role never gets the real member's id on a mutating call, so the sweep changes nothing
                    Api.Reply r = call(op, path(op, allowed && op.mutates()), API.token(client(role)));
                    calls++;
                    if (r.status() >= 500 || (!allowed && r.status() != 403) || (allowed && r.status() == 401)
                            || (allowed && r.status() == 403 && !path(op, false).contains(ESCHWEGE))) {
                        violations.add(op + " role " + role + (allowed ? " (allowed)" : " (not allowed)") + ": " + r);
                    }
                }
            }
        }
        System.out.printf("authorization matrix: %d operations, %d calls, %d violations%n", operations, calls,
                violations.size());
        violations.forEach(v -> System.out.println("  " + v));
        assertTrue(operations > 60, "the OpenAPI documents list every operation");
        KnownDefects.assertOnlyKnown("authorization", violations);
    }

    @Test
    void anotherMembersResourcesAreInvisible() {
        String offer = createFlushingOffer("eschwege-works-staff", "Spülfahrzeug (Sichtbarkeit)");
        Instant start = Instant.now().plusSeconds(86400L * 40).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        String booking = book(API.token("wanfried-dispatcher"), bookingBody(offer, start, start.plusSeconds(3600),
                "NON_MONETARY")).get("id").asText();
        String hook = API.post("notification", "/webhooks", API.token("wanfried-member-admin"),
                Map.of("url", "http://localhost:9/hook", "eventTypes", List.of("BookingConfirmed")))
                .json().get("webhook").get("id").asText();
        List<String[]> foreign = List.of(
                new String[] {"booking", "/bookings/" + booking, "sontra-dispatcher"},
                new String[] {"booking", "/bookings/" + booking, "sontra-accounting"},
                new String[] {"booking", "/bookings/" + booking + "/history", "sontra-works-staff"},
                new String[] {"notification", "/webhooks/" + hook, "sontra-member-admin"},
                new String[] {"municipality", "/members/" + WANFRIED + "/users", "sontra-member-admin"},
                new String[] {"municipality", "/members/" + WANFRIED + "/clients", "sontra-member-admin"},
                new String[] {"municipality", "/settlement/billing-details/" + WANFRIED, "sontra-accounting"},
                new String[] {"municipality", "/settlement/reports/members/" + WANFRIED
                        + "?year=2026&sector=WASTEWATER", "sontra-accounting"});
        List<String> violations = new ArrayList<>();
        for (String[] f : foreign) {
            Api.Reply r = API.get(f[0], f[1], API.token(f[2]));
            if (r.status() != 403 && r.status() != 404) {
                violations.add(f[0] + " GET " + f[1] + " as " + f[2] + ": " + r);
            }
        }
        Api.Reply cancel = transition(booking, "cancel", API.token("sontra-dispatcher"), Map.of());
        if (cancel.status() != 403 && cancel.status() != 404) {
            violations.add("booking POST /bookings/{id}/cancel as another member's dispatcher: " + cancel);
        }
        assertEquals("REQUESTED", API.get("booking", "/bookings/" + booking, API.token("wanfried-dispatcher"))
                .json().get("status").asText());
        violations.forEach(v -> System.out.println("  " + v));
        assertEquals(List.of(), violations);
    }

    /** The demo API client holding {@code role}: the county's coordinator, the platform operator, or Eschwege's. */
    static String client(String role) {
        return switch (role) {
            case "coordinator" -> "wmk-coordinator";
            case "platform-operator" -> "platform-operator";
            default -> "eschwege-" + role;
        };
    }

    /** The path with its parameters filled: the demo member and region, a year, or fresh (unknown) ids. */
    static String path(Operation op, boolean unknownMember) {
        String p = op.path();
        p = p.replace("{memberId}", unknownMember ? UUID.randomUUID().toString() : ESCHWEGE)
                .replace("{regionId}", REGION).replace("{year}", "2026").replace("{eventType}", "BookingConfirmed");
        p = p.replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
        List<String> query = new ArrayList<>();
        for (OpenApi.Param param : op.params()) {
            if (param.in().equals("query") && param.name().equals("year")) {
                query.add("year=2026");
            } else if (param.in().equals("query") && param.name().equals("sector")) {
                query.add("sector=WASTEWATER");
            }
        }
        return query.isEmpty() ? p : p + "?" + String.join("&", query);
    }

    static Api.Reply call(Operation op, String path, String token) {
        String body = op.bodySchema() == null ? null : "{}";
        String type = op.bodyType() == null ? null : op.bodyType();
        if (op.service().equals("booking") && op.method().equals("POST")) {
            return API.callWithHeaders(op.service(), op.method(), path, token, body == null ? "{}" : body,
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        }
        // every create needs an Idempotency-Key; other requests ignore it
        return API.call(op.service(), op.method(), path, token, body, type, op.method().equals("POST")
                ? Map.of("Idempotency-Key", UUID.randomUUID().toString()) : Map.of());
    }
}
