package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.municipality.settlement.SettlementFixture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A county set up through the API by the platform operator: its coordinators sign in with the initial password, admit
 * members, publish rates and close a year; a second coordinator is added; a replayed create changes nothing.
 */
@QuarkusTest
class CountyThroughTheApiTest {

    static final Instant IN_2025 = Instant.parse("2025-06-15T10:00:00Z");

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    @Test
    void aRegionCreatedThroughTheApiAdmitsMembersAndClosesAYear() {
        String operator = SigningKeyProtectionTest.operatorToken();
        String name = "Landkreis " + UUID.randomUUID();
        String email = "koordination-" + UUID.randomUUID() + "@kreis.example";
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = region(name, email);
        Response created = given().auth().oauth2(operator).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/regions");
        created.then().statusCode(201).header("Location", notNullValue())
                .body("region.name", equalTo(name)).body("region.status", equalTo("ACTIVE"))
                .body("region.createdAt", notNullValue())
                .body("coordinators", hasSize(1)).body("coordinators[0].user.email", equalTo(email))
                .body("coordinators[0].user.memberId", nullValue())
                .body("coordinators[0].user.roles", equalTo(List.of("coordinator")));
        UUID region = UUID.fromString(created.path("region.id"));
        assertEquals(created.header("Location"), created.header("Location").replaceAll("/regions/.*", "/regions/" + region));
        String password = created.path("coordinators[0].initialPassword");

        // the same request again: the first answer without the password, and nothing new
        given().auth().oauth2(operator).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/regions")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("region.id", equalTo(region.toString()))
                .body("coordinators[0].initialPassword", nullValue());
        SettlementFixture sql = new SettlementFixture(db, json, region, List.of());
        assertEquals(1, sql.count("select count(*) from region where name = ?", name));
        assertEquals(1, sql.count("select count(*) from app_user where region_id = ?", region));
        // settlement terms from the first year to next year, each announced like a published card
        int nextYear = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).getYear() + 1;
        assertEquals(nextYear - 2025 + 1, sql.count("select count(*) from settlement_terms where region_id = ? "
                + "and tolerance_hours = 8 and remainder = 'PAY'", region));

        // the coordinator signs in: a token of the region that names no member
        JsonPath signIn = signIn(email, password);
        String coordinator = signIn.getString("access_token");
        Map<?, ?> claims = claims(coordinator);
        assertEquals(region.toString(), claims.get("region_id"));
        assertNull(claims.get("member_id"));
        assertEquals(List.of("coordinator"), claims.get("groups"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", signIn.getString("refresh_token")).post("/oauth2/token").then().statusCode(200);
        given().auth().oauth2(coordinator).get("/regions/" + region).then().statusCode(200).body("name", equalTo(name));

        // admits two members (an Idempotency-Key of a caller that acts for no member)
        UUID eschwege = admit(coordinator, "Stadt Eins " + UUID.randomUUID());
        UUID wanfried = admit(coordinator, "Stadt Zwei " + UUID.randomUUID());
        given().auth().oauth2(coordinator).get("/members").then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("rates", List.of(Map.of("sector", "WASTEWATER", "category", "SEWER_FLUSHING", "unit", "HOUR", "amount", 145)),
                        "settlementTerms", Map.of("toleranceHours", 8, "remainder", "PAY")))
                .put("/regions/" + region + "/rates/2025").then().statusCode(200);

        // a year of bookings between them, then the coordinator closes it
        SettlementFixture ledger = new SettlementFixture(db, json, region, List.of(eschwege, wanfried));
        ledger.book(ledger.completed(eschwege, wanfried, "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "20", "HOUR", IN_2025),
                ledger.completed(wanfried, eschwege, "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "5", "HOUR", IN_2025));
        JsonPath close = given().auth().oauth2(coordinator).queryParam("netting", "BILATERAL")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/years/2025/close")
                .then().statusCode(201).body("closed", equalTo(true)).extract().jsonPath();
        assertEquals(1, close.getList("bilateralPayments").size());
        assertEquals(wanfried.toString(), close.getString("bilateralPayments[0].payerId"));
        assertEquals(eschwege.toString(), close.getString("bilateralPayments[0].payeeId"));
        assertEquals(0, new java.math.BigDecimal("2175.00").compareTo(new java.math.BigDecimal(close.getString("bilateralPayments[0].amount"))));

        // a second coordinator, who signs in to the same region
        String second = "stellvertretung-" + UUID.randomUUID() + "@kreis.example";
        Response added = given().auth().oauth2(operator).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("name", "Stellvertretung", "email", second)).post("/regions/" + region + "/coordinators");
        added.then().statusCode(201).body("user.regionId", equalTo(region.toString())).body("user.roles", equalTo(List.of("coordinator")));
        String secondToken = signIn(second, added.path("initialPassword")).getString("access_token");
        given().auth().oauth2(secondToken).get("/settlement/years/2025/close").then().statusCode(200).body("closed", equalTo(true));
        given().auth().oauth2(operator).get("/regions/" + region + "/coordinators").then().statusCode(200)
                .body("email", equalTo(List.of(email, second).stream().sorted().toList()));
    }

    @Test
    void aRegionPutUnderItsOwnIdIsCreatedOnceAndAnotherBodyForItIsRefused() {
        String operator = SigningKeyProtectionTest.operatorToken();
        UUID region = UUID.randomUUID();
        String name = "Landkreis " + UUID.randomUUID();
        String email = "koordination-" + UUID.randomUUID() + "@kreis.example";
        Map<String, Object> body = region(name, email);
        Response created = given().auth().oauth2(operator).contentType(ContentType.JSON).body(body).put("/regions/" + region);
        created.then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/regions/" + region))
                .body("region.id", equalTo(region.toString())).body("region.name", equalTo(name))
                .body("coordinators[0].user.email", equalTo(email)).body("coordinators[0].initialPassword", notNullValue());
        SettlementFixture sql = new SettlementFixture(db, json, region, List.of());
        int nextYear = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).getYear() + 1;
        // the same path as POST /regions: terms from the first year to next year, each announced, each in the rates history
        assertEquals(nextYear - 2025 + 1, sql.count("select count(*) from settlement_terms where region_id = ?", region));
        assertEquals(nextYear - 2025 + 1, sql.count("select count(*) from audit_record where action = 'RatesPublished' "
                + "and object_id like ? and actor_subject = 'platform-operator'", region + "/%"));
        String coordinator = signIn(email, created.path("coordinators[0].initialPassword")).getString("access_token");
        given().auth().oauth2(coordinator).get("/regions/" + region).then().statusCode(200).body("name", equalTo(name));

        // the same request again: 200, the region and its coordinators without a password, nothing new
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(body).put("/regions/" + region)
                .then().statusCode(200).body("region.id", equalTo(region.toString()))
                .body("coordinators[0].user.email", equalTo(email)).body("coordinators[0].initialPassword", nullValue());
        // another body for the same id: 409, and nothing changed
        Map<String, Object> renamed = new java.util.HashMap<>(body);
        renamed.put("name", name + " (neu)");
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(renamed).put("/regions/" + region)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("name"));
        Map<String, Object> otherTerms = new java.util.HashMap<>(body);
        otherTerms.put("firstYear", 2026);
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(otherTerms).put("/regions/" + region)
                .then().statusCode(409);
        assertEquals(name, sql.text("select name from region where id = ?", region));
        assertEquals(1, sql.count("select count(*) from app_user where region_id = ?", region));
        assertEquals(nextYear - 2025 + 1, sql.count("select count(*) from audit_record where object_id like ?", region + "/%"));
        // a region's id of another name is no way to take over a name in use
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(region(name, "x-" + email)).put("/regions/" + UUID.randomUUID())
                .then().statusCode(409);
    }

    @Test
    void twoConcurrentPutsOfANewRegionCreateItOnce() throws Exception {
        String operator = SigningKeyProtectionTest.operatorToken();
        UUID region = UUID.randomUUID();
        Map<String, Object> body = region("Landkreis " + UUID.randomUUID(), "koordination-" + UUID.randomUUID() + "@kreis.example");
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(operator).contentType(ContentType.JSON).body(body).put("/regions/" + region).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            statuses.sort(null);
            // one creates it; the other waited for it (200) or lost the race on the primary key (409 duplicate)
            org.junit.jupiter.api.Assertions.assertTrue(statuses.equals(List.of(200, 201)) || statuses.equals(List.of(201, 409)),
                    statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        SettlementFixture sql = new SettlementFixture(db, json, region, List.of());
        assertEquals(1, sql.count("select count(*) from app_user where region_id = ?", region));
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(body).put("/regions/" + region).then().statusCode(200);
    }

    static Map<String, Object> region(String name, String... coordinatorEmails) {
        return Map.of("name", name, "coordinatorName", "Koordinationsstelle " + name,
                "coordinatorEmail", "pool@kreis.example", "firstYear", 2025,
                "settlementTerms", Map.of("toleranceHours", 8, "remainder", "PAY"),
                "coordinators", List.of(coordinatorEmails).stream().map(e -> Map.of("name", "Koordination", "email", e)).toList());
    }

    static JsonPath signIn(String email, String password) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("username", email)
                .formParam("password", password).post("/oauth2/token").then().statusCode(200).extract().jsonPath();
    }

    static UUID admit(String coordinator, String name) {
        return UUID.fromString(given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "MUNICIPALITY", "sectors", List.of("WATER_SUPPLY", "WASTEWATER"),
                        "contactEmail", "bauhof@example.org"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/members")
                .then().statusCode(201).extract().path("member.id"));
    }

    private Map<?, ?> claims(String token) {
        try {
            return json.readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]), Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
