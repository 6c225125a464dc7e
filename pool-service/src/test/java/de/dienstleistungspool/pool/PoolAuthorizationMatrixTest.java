package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * pool-service's authorization matrix, written by hand (not read from the OpenAPI the same annotations generate):
 * every operation against each role of the offer's owner, the region's coordinator, another member of the region, a
 * member of another region and invalid callers, with the exact status each gets. An allowed cell runs on a real offer
 * in the state the step needs and checks its effect; a refused cell checks that the offer (status, version,
 * blackouts, history) and the members' calendar secrets are exactly as before.
 */
@QuarkusTest
class PoolAuthorizationMatrixTest {

    /** O owns the offer, C coordinates the region, X is another member of it, Y a member of another region. */
    enum Who { O_DISPATCHER, O_WORKS_STAFF, O_ACCOUNTING, O_MEMBER_ADMIN, COORDINATOR, OTHER_MEMBER, OTHER_REGION,
        NO_TOKEN, FORGED }

    /** The state of the offer an operation is tried on. */
    enum Needs { NOTHING, ACTIVE, PAUSED, BLACKOUT, FEEDS }

    private static final Map<String, List<Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        //                                                  O_DIS O_WS O_ACC O_ADM COORD OTHER REGION NONE FORGED
        expect("POST /offers",                                403, 201, 403, 201, 403, 201, 201, 401, 401);
        expect("GET /offers",                                 200, 200, 200, 200, 200, 200, 200, 401, 401);
        expect("GET /offers/{id}",                            200, 200, 200, 200, 200, 200, 404, 401, 401);
        expect("GET /offers/{id}/history",                    200, 200, 200, 200, 200, 200, 404, 401, 401);
        expect("PUT /offers/{id}",                            403, 200, 403, 200, 403, 403, 404, 401, 401);
        expect("POST /offers/{id}/pause",                     403, 200, 403, 200, 403, 403, 404, 401, 401);
        expect("POST /offers/{id}/resume",                    403, 200, 403, 200, 403, 403, 404, 401, 401);
        expect("POST /offers/{id}/retire",                    403, 200, 403, 200, 403, 403, 404, 401, 401);
        expect("GET /offers/{id}/availability",               200, 200, 200, 200, 200, 200, 404, 401, 401);
        expect("POST /offers/{id}/blackouts",                 403, 201, 403, 201, 403, 403, 404, 401, 401);
        expect("GET /offers/{id}/blackouts",                  200, 200, 200, 200, 200, 200, 404, 401, 401);
        expect("DELETE /offers/{id}/blackouts/{blackoutId}",  403, 204, 403, 204, 403, 403, 404, 401, 401);
        expect("GET /search",                                 200, 200, 200, 200, 200, 200, 200, 401, 401);
        expect("GET /board",                                  200, 200, 200, 200, 200, 200, 200, 401, 401);
        expect("GET /utilisation",                            200, 200, 200, 200, 200, 200, 200, 401, 401);
        // the region's coordinator only; another county's coordinator (OTHER_REGION holds the role) finds no region
        expect("GET /regions/{region}/shortage-radar",        403, 403, 403, 403, 200, 403, 404, 401, 401);
        expect("POST /calendar/secret",                       403, 201, 403, 201, 403, 201, 201, 401, 401);
        // the feeds take no bearer token: each caller uses the secret its own member holds (none for C and invalid ones)
        expect("GET /calendar/members/{owner}.ics",           200, 200, 200, 200, 404, 404, 404, 404, 404);
        expect("GET /calendar/offers/{id}.ics",               200, 200, 200, 200, 404, 404, 404, 404, 404);
    }

    // members and regions of their own, so that the matrix's offers show up in no other test's lists
    private static final UUID REGION = UUID.randomUUID();
    private static final UUID FOREIGN_REGION = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID COORDINATING = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final UUID FOREIGN = UUID.randomUUID();
    private static final Instant FUTURE = Instant.now().plus(Duration.ofDays(90)).truncatedTo(ChronoUnit.DAYS);

    private final AtomicInteger offers = new AtomicInteger();

    @Inject
    DataSource db;

    @TestFactory
    Stream<DynamicTest> everyOperationAgainstEveryCaller() {
        knownWithDepots();
        return EXPECTED.keySet().stream().flatMap(op -> Stream.of(Who.values()).map(who ->
                DynamicTest.dynamicTest(op + " as " + who, () -> cell(op, who, EXPECTED.get(op).get(who.ordinal())))));
    }

    /** The members join through member-events with a depot each (the board sorts by the caller's depot). */
    private void knownWithDepots() {
        TestData.produce("member-events", "memberId",
                TestData.memberEvent("MemberJoined", OWNER, REGION, "Kreisstadt Matrix", 51.19, 10.05, Instant.now()),
                TestData.memberEvent("MemberJoined", COORDINATING, REGION, "Landkreis Matrix", 51.2, 10.0, Instant.now()),
                TestData.memberEvent("MemberJoined", OTHER, REGION, "Gemeinde Matrix", 51.25, 10.1, Instant.now()),
                TestData.memberEvent("MemberJoined", FOREIGN, FOREIGN_REGION, "Stadt Anderswo", 50.0, 9.0, Instant.now()));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from member_depot "
                + "where member_id in (?::uuid, ?::uuid, ?::uuid, ?::uuid)", OWNER, COORDINATING, OTHER, FOREIGN) == 4);
    }

    private void cell(String op, Who who, int expected) {
        Fixture f = fixture(needs(op));
        String before = snapshot(f);
        Response r = call(op, who, f);
        assertEquals(expected, r.statusCode(), op + " as " + who + ": " + r.asString());
        if (expected >= 400) {
            assertTrue(r.contentType().startsWith("application/problem+json"), op + " as " + who + ": " + r.contentType());
            assertEquals(before, snapshot(f), op + " as " + who + " was refused but changed something");
        } else {
            effect(op, who, f, r);
        }
    }

    private static Needs needs(String op) {
        return switch (op) {
            case "POST /offers", "POST /calendar/secret", "GET /regions/{region}/shortage-radar" -> Needs.NOTHING;
            case "POST /offers/{id}/resume" -> Needs.PAUSED;
            case "DELETE /offers/{id}/blackouts/{blackoutId}", "GET /offers/{id}/blackouts" -> Needs.BLACKOUT;
            case "GET /calendar/members/{owner}.ics", "GET /calendar/offers/{id}.ics" -> Needs.FEEDS;
            default -> Needs.ACTIVE;
        };
    }

    private Response call(String op, Who who, Fixture f) {
        RequestSpecification r = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString());
        String token = token(who);
        boolean feed = op.contains(".ics");
        if (token != null && !feed) {
            r = r.auth().oauth2(token);
        }
        String path = op.substring(op.indexOf(' ') + 1).replace("{id}", String.valueOf(f.offer()))
                .replace("{blackoutId}", String.valueOf(f.blackout())).replace("{owner}", OWNER.toString())
                .replace("{region}", REGION.toString());
        String from = FUTURE.toString();
        String to = FUTURE.plus(Duration.ofDays(2)).toString();
        return switch (op) {
            case "POST /offers" -> r.body(offerBody("MATRIX_NEW").toString()).post(path);
            case "GET /offers" -> r.queryParam("category", f.category()).get(path);
            case "PUT /offers/{id}" -> r.body(offerBody(f.category()).put("title", "Geändert " + who).toString()).put(path);
            case "POST /offers/{id}/blackouts" -> r.body(Map.of("start", FUTURE.plus(Duration.ofDays(10)).toString(),
                    "end", FUTURE.plus(Duration.ofDays(11)).toString(), "reason", "Wartung")).post(path);
            case "GET /offers/{id}/availability" -> r.queryParam("from", from).queryParam("to", to).get(path);
            case "GET /search" -> r.queryParam("from", from).queryParam("to", to).queryParam("category", f.category())
                    .queryParam("lat", "51.19").queryParam("lon", "10.05").get(path);
            case "GET /board" -> r.queryParam("from", from).queryParam("to", to).queryParam("category", f.category()).get(path);
            case "GET /utilisation" -> r.queryParam("year", FUTURE.atZone(java.time.ZoneOffset.UTC).getYear()).get(path);
            case "GET /regions/{region}/shortage-radar" -> r.queryParam("year", FUTURE.atZone(java.time.ZoneOffset.UTC).getYear())
                    .get(path);
            default -> {
                if (feed) {
                    String secret = f.secrets().get(who);
                    yield secret == null ? given().get(path) : given().queryParam("token", secret).get(path);
                }
                yield switch (op.substring(0, op.indexOf(' '))) {
                    case "GET" -> r.get(path);
                    case "DELETE" -> r.delete(path);
                    default -> r.post(path);
                };
            }
        };
    }

    /** What an allowed call must have done (or, for a read, shown). */
    private void effect(String op, Who who, Fixture f, Response r) {
        UUID member = member(who);
        boolean sameRegion = who != Who.OTHER_REGION;
        switch (op) {
            case "POST /offers" -> assertEquals(1, count("select count(*) from offer where id = ?::uuid and owner_member_id = ?::uuid "
                    + "and region_id = ?::uuid and status = 'ACTIVE'", r.path("id"), member, sameRegion ? REGION : FOREIGN_REGION));
            case "GET /offers" -> assertEquals(sameRegion, r.<List<String>>path("items.id").contains(f.offer().toString()),
                    "the region's offers are listed to the region only: " + r.asString());
            case "GET /offers/{id}" -> assertEquals(f.offer().toString(), r.path("id"));
            case "GET /offers/{id}/history" -> assertTrue(r.<List<Object>>path("$").isEmpty(), "an unedited offer: " + r.asString());
            case "PUT /offers/{id}" -> {
                assertEquals("Geändert " + who, r.path("title"));
                assertEquals(1, count("select count(*) from audit_record where object_id = ? and actor_member_id = ?::uuid",
                        f.offer().toString(), member), "the history names the editor's member");
            }
            case "POST /offers/{id}/pause" -> assertEquals("PAUSED", status(f));
            case "POST /offers/{id}/resume" -> assertEquals("ACTIVE", status(f));
            case "POST /offers/{id}/retire" -> assertEquals("RETIRED", status(f));
            case "GET /offers/{id}/availability" -> assertEquals(f.offer().toString(), r.path("offerId"));
            case "POST /offers/{id}/blackouts" -> assertEquals(1, count("select count(*) from blackout where id = ?::uuid "
                    + "and offer_id = ?::uuid", r.path("id"), f.offer()));
            case "GET /offers/{id}/blackouts" -> {
                assertEquals(List.of(f.blackout().toString()), r.path("id"));
                List<String> reasons = r.path("reason");
                assertEquals(member.equals(OWNER), "Wartung".equals(reasons.get(0)), "the reason is shown to the owner only: " + reasons);
            }
            case "DELETE /offers/{id}/blackouts/{blackoutId}" ->
                    assertEquals(0, count("select count(*) from blackout where id = ?::uuid", f.blackout()));
            case "GET /search" -> assertEquals(sameRegion, r.<List<String>>path("items.offer.id").contains(f.offer().toString()),
                    "the region's free offers are found in the region only: " + r.asString());
            case "GET /board" -> assertEquals(sameRegion, r.<List<String>>path("items.offer.id").contains(f.offer().toString()),
                    "the region's board shows its offers only: " + r.asString());
            case "GET /utilisation" -> assertEquals(sameRegion, r.<List<String>>path("rows.key").contains(f.offer().toString()),
                    "the region's utilisation shows its offers only: " + r.asString());
            case "GET /regions/{region}/shortage-radar" -> {
                assertEquals(REGION.toString(), r.path("regionId"));
                assertTrue(r.<List<Object>>path("rows") != null, r.asString());
            }
            case "POST /calendar/secret" -> assertEquals(1, count("select count(*) from calendar_secret where member_id = ?::uuid",
                    member));
            default -> {
                assertTrue(r.asString().startsWith("BEGIN:VCALENDAR"), r.asString());
                assertTrue(r.asString().contains("Wartung") || r.asString().contains("VEVENT") || r.asString().contains("END:VCALENDAR"));
            }
        }
    }

    /** An offer of the owner in the state needed (or none, for creates), its blackout and the members' feed secrets. */
    record Fixture(UUID offer, String category, UUID blackout, Map<Who, String> secrets) {
    }

    private Fixture fixture(Needs needs) {
        if (needs == Needs.NOTHING) {
            return new Fixture(null, "MATRIX_NONE", null, Map.of());
        }
        String category = "MATRIX_" + offers.incrementAndGet();
        UUID offer = TestData.createOffer(token(Who.O_WORKS_STAFF), offerBody(category));
        UUID blackout = null;
        if (needs == Needs.PAUSED) {
            given().auth().oauth2(token(Who.O_WORKS_STAFF)).post("/offers/" + offer + "/pause").then().statusCode(200);
        }
        if (needs == Needs.BLACKOUT) {
            blackout = UUID.fromString(given().auth().oauth2(token(Who.O_WORKS_STAFF)).contentType("application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("start", FUTURE.toString(), "end", FUTURE.plus(Duration.ofHours(8)).toString(), "reason", "Wartung"))
                    .post("/offers/" + offer + "/blackouts").then().statusCode(201).extract().path("id"));
        }
        Map<Who, String> secrets = new java.util.EnumMap<>(Who.class);
        if (needs == Needs.FEEDS) {
            String owners = rotate(Who.O_WORKS_STAFF);
            for (Who w : List.of(Who.O_DISPATCHER, Who.O_WORKS_STAFF, Who.O_ACCOUNTING, Who.O_MEMBER_ADMIN)) {
                secrets.put(w, owners);
            }
            secrets.put(Who.OTHER_MEMBER, rotate(Who.OTHER_MEMBER));
            secrets.put(Who.OTHER_REGION, rotate(Who.OTHER_REGION));
            secrets.put(Who.FORGED, owners.substring(0, owners.length() - 1) + (owners.endsWith("A") ? "B" : "A"));
        }
        return new Fixture(offer, category, blackout, secrets);
    }

    private static String rotate(Who who) {
        return given().auth().oauth2(token(who)).post("/calendar/secret").then().statusCode(201).extract().path("token");
    }

    private static ObjectNode offerBody(String category) {
        return TestData.equipment("Matrix-Kamera", 51.19, 10.05).put("category", category);
    }

    /** The offer's row, blackouts and history, the region's offer count and every member's feed secret. */
    private String snapshot(Fixture f) {
        String offers = text("select count(*)::text from offer where region_id in (?::uuid, ?::uuid)", REGION, FOREIGN_REGION);
        String secrets = text("select coalesce(string_agg(member_id || ':' || token_hash, ',' order by member_id), '-') "
                + "from calendar_secret where member_id in (?::uuid, ?::uuid, ?::uuid)", OWNER, OTHER, FOREIGN);
        if (f.offer() == null) {
            return offers + " " + secrets;
        }
        return offers + " " + secrets + " " + text("select status || ' ' || title || ' ' || version || ' ' || updated_at "
                + "|| ' ' || (select count(*) from blackout where offer_id = o.id) || ' ' || (select count(*) from "
                + "audit_record where object_id = o.id::text) from offer o where id = ?::uuid", f.offer());
    }

    private String status(Fixture f) {
        return text("select status from offer where id = ?::uuid", f.offer());
    }

    private long count(String sql, Object... args) {
        return Long.parseLong(text(sql.replaceFirst("count\\(\\*\\)", "count(*)::text"), args));
    }

    private String text(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, String.valueOf(args[i]));
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static UUID member(Who who) {
        return switch (who) {
            case O_DISPATCHER, O_WORKS_STAFF, O_ACCOUNTING, O_MEMBER_ADMIN -> OWNER;
            case COORDINATOR -> COORDINATING;
            case OTHER_MEMBER -> OTHER;
            case OTHER_REGION, NO_TOKEN, FORGED -> FOREIGN;
        };
    }

    private static String token(Who who) {
        return switch (who) {
            case O_DISPATCHER -> TestTokens.token(OWNER, REGION, Roles.DISPATCHER);
            case O_WORKS_STAFF -> TestTokens.token(OWNER, REGION, Roles.WORKS_STAFF);
            case O_ACCOUNTING -> TestTokens.token(OWNER, REGION, Roles.ACCOUNTING);
            case O_MEMBER_ADMIN -> TestTokens.token(OWNER, REGION, Roles.MEMBER_ADMIN);
            case COORDINATOR -> TestTokens.token(COORDINATING, REGION, Roles.COORDINATOR);
            case OTHER_MEMBER -> TestTokens.token(OTHER, REGION, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING,
                    Roles.MEMBER_ADMIN);
            case OTHER_REGION -> TestTokens.token(FOREIGN, FOREIGN_REGION, Roles.DISPATCHER, Roles.WORKS_STAFF,
                    Roles.ACCOUNTING, Roles.MEMBER_ADMIN, Roles.COORDINATOR);
            case NO_TOKEN -> null;
            case FORGED -> TestTokens.forged(OWNER, REGION, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.COORDINATOR);
        };
    }

    private static void expect(String operation, Integer... statuses) {
        if (statuses.length != Who.values().length) {
            throw new IllegalStateException(operation + ": one status per caller");
        }
        EXPECTED.put(operation, new ArrayList<>(List.of(statuses)));
    }
}
