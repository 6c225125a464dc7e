package de.dienstleistungspool.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * notification-service's authorization matrix, written by hand (not read from the OpenAPI the same annotations
 * generate): every operation against each role of a member, the region's coordinator, another member of the region,
 * a member of another region and invalid callers, with the exact status each gets. An allowed cell runs on the
 * member's real notification, preference, webhook and delivery and checks its effect; a refused cell checks that none
 * of them changed.
 */
@QuarkusTest
class NotificationAuthorizationMatrixTest {

    /** M is the member whose data the fixture holds, C coordinates the region, X is another member, Y one of another region. */
    enum Who { M_DISPATCHER, M_WORKS_STAFF, M_ACCOUNTING, M_MEMBER_ADMIN, COORDINATOR, OTHER_MEMBER, OTHER_REGION,
        NO_TOKEN, FORGED }

    private static final Map<String, List<Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        //                                                         M_DIS M_WS M_ACC M_ADM COORD OTHER REGION NONE FORGED
        expect("GET /notifications",                                 200, 200, 200, 200, 200, 200, 200, 401, 401);
        expect("GET /notifications/{notification}",                  200, 200, 200, 200, 404, 404, 404, 401, 401);
        expect("GET /notification-preferences",                      403, 403, 403, 200, 403, 200, 200, 401, 401);
        expect("PUT /notification-preferences/BookingConfirmed",     403, 403, 403, 200, 403, 200, 200, 401, 401);
        expect("DELETE /notification-preferences/BookingConfirmed",  403, 403, 403, 204, 403, 204, 204, 401, 401);
        expect("GET /webhooks",                                      403, 403, 403, 200, 403, 200, 200, 401, 401);
        expect("POST /webhooks",                                     403, 403, 403, 201, 403, 201, 201, 401, 401);
        expect("GET /webhooks/{webhook}",                            403, 403, 403, 200, 403, 404, 404, 401, 401);
        expect("PUT /webhooks/{webhook}",                            403, 403, 403, 200, 403, 404, 404, 401, 401);
        expect("POST /webhooks/{webhook}/secret",                    403, 403, 403, 200, 403, 404, 404, 401, 401);
        expect("DELETE /webhooks/{webhook}",                         403, 403, 403, 204, 403, 404, 404, 401, 401);
        expect("GET /webhook-deliveries",                            403, 403, 403, 200, 403, 200, 200, 401, 401);
        expect("GET /webhook-deliveries/{delivery}",                 403, 403, 403, 200, 403, 404, 404, 401, 401);
        expect("POST /webhook-deliveries/{delivery}/resend",         403, 403, 403, 202, 403, 404, 404, 401, 401);
    }

    private static final UUID REGION = UUID.randomUUID();
    private static final UUID FOREIGN_REGION = UUID.randomUUID();
    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID COORDINATING = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final UUID FOREIGN = UUID.randomUUID();
    private static final String HOOK = "https://127.0.0.1:9/hook";

    @Inject
    DataSource db;

    @TestFactory
    Stream<DynamicTest> everyOperationAgainstEveryCaller() {
        return EXPECTED.keySet().stream().flatMap(op -> Stream.of(Who.values()).map(who ->
                DynamicTest.dynamicTest(op + " as " + who, () -> cell(op, who, EXPECTED.get(op).get(who.ordinal())))));
    }

    private void cell(String op, Who who, int expected) {
        Fixture f = fixture();
        String before = snapshot(f);
        Response r = call(op, who, f);
        assertEquals(expected, r.statusCode(), op + " as " + who + ": " + r.asString());
        if (expected >= 400) {
            assertTrue(r.contentType().startsWith("application/problem+json"), op + " as " + who + ": " + r.contentType());
            assertEquals(before, snapshot(f), op + " as " + who + " was refused but changed something");
        } else {
            effect(op, who, f, r, before);
        }
    }

    private Response call(String op, Who who, Fixture f) {
        RequestSpecification r = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString());
        String token = token(who);
        if (token != null) {
            r = r.auth().oauth2(token);
        }
        String path = op.substring(op.indexOf(' ') + 1).replace("{notification}", f.notification().toString())
                .replace("{webhook}", f.webhook().toString()).replace("{delivery}", f.delivery().toString());
        return switch (op) {
            case "GET /notifications", "GET /webhook-deliveries" -> r.queryParam("size", 200).get(path);
            case "GET /webhooks" -> r.queryParam("size", 100).get(path);
            case "PUT /notification-preferences/BookingConfirmed" ->
                    r.body(Map.of("email", false, "roles", List.of(), "addresses", List.of())).put(path);
            case "POST /webhooks", "PUT /webhooks/{webhook}" -> {
                r = r.body(Map.of("url", HOOK + "/" + who, "eventTypes", List.of("BookingConfirmed", "BookingCancelled")));
                yield op.startsWith("POST") ? r.post(path) : r.put(path);
            }
            default -> switch (op.substring(0, op.indexOf(' '))) {
                case "GET" -> r.get(path);
                case "DELETE" -> r.delete(path);
                default -> r.post(path);
            };
        };
    }

    /** What an allowed call must have done (or, for a read, shown); another member's call leaves M's data alone. */
    private void effect(String op, Who who, Fixture f, Response r, String before) {
        UUID member = member(who);
        boolean m = member.equals(MEMBER);
        switch (op) {
            case "GET /notifications" -> assertEquals(m, r.<List<String>>path("items.id").contains(f.notification().toString()),
                    "the feed shows the member's own notifications only: " + r.asString());
            case "GET /notifications/{notification}" -> assertEquals("Text der Matrix", r.path("body"));
            case "GET /notification-preferences" -> assertEquals(m ? Boolean.FALSE : Boolean.TRUE,
                    r.path("find { it.eventType == 'BookingConfirmed' }.email"), "the member's own preferences: " + r.asString());
            case "PUT /notification-preferences/BookingConfirmed" -> {
                assertEquals(1, count("select count(*) from notification_preference where member_id = ?::uuid and "
                        + "event_type = 'BookingConfirmed' and not email", member));
                assertEquals(1, count("select count(*) from notification_preference where member_id = ?::uuid", MEMBER),
                        "M's own preference stays");
            }
            case "DELETE /notification-preferences/BookingConfirmed" -> assertEquals(m ? 0 : 1,
                    count("select count(*) from notification_preference where member_id = ?::uuid", MEMBER),
                    "only the caller's member's preference is reset");
            case "GET /webhooks" -> assertEquals(m, r.<List<String>>path("items.id").contains(f.webhook().toString()),
                    "the member's own webhooks only: " + r.asString());
            case "POST /webhooks" -> {
                assertEquals(1, count("select count(*) from webhook_endpoint where id = ?::uuid and member_id = ?::uuid",
                        r.path("webhook.id"), member));
                assertTrue(String.valueOf(r.<String>path("secret")).startsWith("whsec_"), "the secret is shown once");
            }
            case "GET /webhooks/{webhook}" -> assertEquals(HOOK, r.path("url"));
            case "PUT /webhooks/{webhook}" -> assertEquals(HOOK + "/" + who,
                    text("select url from webhook_endpoint where id = ?::uuid", f.webhook()));
            case "POST /webhooks/{webhook}/secret" -> assertNotEquals(f.secret(),
                    text("select secret from webhook_endpoint where id = ?::uuid", f.webhook()), "a new secret");
            case "DELETE /webhooks/{webhook}" -> assertEquals(0,
                    count("select count(*) from webhook_endpoint where id = ?::uuid", f.webhook()));
            case "GET /webhook-deliveries" -> assertEquals(m, r.<List<String>>path("items.id").contains(f.delivery().toString()),
                    "the member's own deliveries only: " + r.asString());
            case "GET /webhook-deliveries/{delivery}" -> assertEquals(f.delivery().toString(), r.path("delivery.id"));
            default -> assertNotEquals(before, snapshot(f), "the resend queued the failed delivery again: " + r.asString());
        }
    }

    /** M's notification, its custom preference, its webhook (with its secret) and a failed delivery to it. */
    record Fixture(UUID notification, UUID webhook, String secret, UUID delivery) {
    }

    private Fixture fixture() {
        // each cell starts from M's one webhook (a member may register ten), so no earlier cell's delivery is in flight
        update("delete from webhook_endpoint where member_id in (?::uuid, ?::uuid, ?::uuid)", MEMBER, OTHER, FOREIGN);
        UUID notification = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        update("insert into notification (id, member_id, event_id, event_type, recipients, subject, body, status) "
                + "values (?::uuid, ?::uuid, ?::uuid, 'BookingConfirmed', '{}', 'Betreff', 'Text der Matrix', 'NO_RECIPIENT')",
                notification, MEMBER, UUID.randomUUID());
        given().auth().oauth2(token(Who.M_MEMBER_ADMIN)).contentType("application/json")
                .body(Map.of("email", false, "roles", List.of())).put("/notification-preferences/BookingConfirmed")
                .then().statusCode(200);
        Response created = given().auth().oauth2(token(Who.M_MEMBER_ADMIN)).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("url", HOOK, "eventTypes", List.of("BookingConfirmed"))).post("/webhooks");
        assertEquals(201, created.statusCode(), created.asString());
        UUID webhook = UUID.fromString(created.path("webhook.id"));
        update("insert into webhook_delivery (id, endpoint_id, member_id, event_id, event_type, payload, status, give_up_at) "
                + "values (?::uuid, ?::uuid, ?::uuid, ?::uuid, 'BookingConfirmed', '{}', 'FAILED', now())",
                delivery, webhook, MEMBER, UUID.randomUUID());
        return new Fixture(notification, webhook, text("select secret from webhook_endpoint where id = ?::uuid", webhook), delivery);
    }

    /** Everything of M and of the other callers' members that a call could change. */
    private String snapshot(Fixture f) {
        String members = "?::uuid, ?::uuid, ?::uuid, ?::uuid";
        return text("select (select count(*) from notification where member_id in (" + members + ")) || ' | ' || "
                + "(select coalesce(string_agg(member_id || event_type || email || array_to_string(roles, ','), ';' order by member_id, event_type), '-') "
                + "from notification_preference where member_id in (" + members + ")) || ' | ' || "
                + "(select coalesce(string_agg(id || url || array_to_string(event_types, ',') || secret || active, ';' order by id), '-') "
                + "from webhook_endpoint where member_id in (" + members + ")) || ' | ' || "
                + "(select coalesce(string_agg(id || status || attempt_count || next_attempt_at || give_up_at, ';' order by id), '-') "
                + "from webhook_delivery where member_id in (" + members + "))",
                MEMBER, COORDINATING, OTHER, FOREIGN, MEMBER, COORDINATING, OTHER, FOREIGN,
                MEMBER, COORDINATING, OTHER, FOREIGN, MEMBER, COORDINATING, OTHER, FOREIGN);
    }

    private long count(String sql, Object... args) {
        return Long.parseLong(text(sql.replaceFirst("count\\(\\*\\)", "count(*)::text"), args));
    }

    private String text(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = bind(c.prepareStatement(sql), args);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void update(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = bind(c.prepareStatement(sql), args)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static PreparedStatement bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setString(i + 1, String.valueOf(args[i]));
        }
        return s;
    }

    private static UUID member(Who who) {
        return switch (who) {
            case M_DISPATCHER, M_WORKS_STAFF, M_ACCOUNTING, M_MEMBER_ADMIN -> MEMBER;
            case COORDINATOR -> COORDINATING;
            case OTHER_MEMBER -> OTHER;
            case OTHER_REGION, NO_TOKEN, FORGED -> FOREIGN;
        };
    }

    private static String token(Who who) {
        return switch (who) {
            case M_DISPATCHER -> TestTokens.token(MEMBER, REGION, Roles.DISPATCHER);
            case M_WORKS_STAFF -> TestTokens.token(MEMBER, REGION, Roles.WORKS_STAFF);
            case M_ACCOUNTING -> TestTokens.token(MEMBER, REGION, Roles.ACCOUNTING);
            case M_MEMBER_ADMIN -> TestTokens.token(MEMBER, REGION, Roles.MEMBER_ADMIN);
            case COORDINATOR -> TestTokens.token(COORDINATING, REGION, Roles.COORDINATOR);
            case OTHER_MEMBER -> TestTokens.token(OTHER, REGION, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING,
                    Roles.MEMBER_ADMIN);
            case OTHER_REGION -> TestTokens.token(FOREIGN, FOREIGN_REGION, Roles.DISPATCHER, Roles.WORKS_STAFF,
                    Roles.ACCOUNTING, Roles.MEMBER_ADMIN, Roles.COORDINATOR);
            case NO_TOKEN -> null;
            case FORGED -> TestTokens.forged(MEMBER, REGION, Roles.DISPATCHER, Roles.MEMBER_ADMIN, Roles.COORDINATOR);
        };
    }

    private static void expect(String operation, Integer... statuses) {
        if (statuses.length != Who.values().length) {
            throw new IllegalStateException(operation + ": one status per caller");
        }
        EXPECTED.put(operation, new ArrayList<>(List.of(statuses)));
    }
}
