package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TopicRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem+json with a useful detail and writes nothing; a closed year refuses rate changes at the database. */
@QuarkusTest
class BadInputTest {

    @Inject
    EntityManager em;

    private TestCounty county;

    @BeforeEach
    void county() {
        county = new TestCounty(em);
    }

    @Test
    void unknownSectorIsA400() {
        Map<String, Object> body = member("Gemeinde " + UUID.randomUUID());
        body.put("sectors", List.of("WATER_SUPPLY", "GAS"));
        post("/members", county.coordinator(), body).statusCode(400).body("detail", containsString("GAS"))
                .body("detail", containsString("WASTEWATER"));
    }

    @Test
    void duplicateMemberNameInARegionIsA409AndWritesNothing() {
        String name = "Stadt Doppelt " + UUID.randomUUID();
        post("/members", county.coordinator(), member(name)).statusCode(201);
        post("/members", county.coordinator(), member(name)).statusCode(409).body("detail", containsString("already exists"));
        assertEquals(1, count("select count(*) from member where name = ?1", name));
        assertEquals(List.of("MemberJoined"), TopicRecords.matching("member-events", r -> r.value().contains(name), 1,
                Duration.ofSeconds(30)).stream().map(r -> TopicRecords.header(r, "event-type")).toList(),
                "the refused request published nothing");
        post("/members", county.token(county.memberC, Roles.COORDINATOR), member(name)).statusCode(201);
    }

    @Test
    void malformedOrWronglyCheckedLeitwegIdIsA400() {
        Map<String, Object> body = member("Gemeinde " + UUID.randomUUID());
        body.put("leitwegId", "06636003_ESW");
        post("/members", county.coordinator(), body).statusCode(400).body("type", equalTo("urn:problem:invalid-leitweg-id"))
                .body("detail", containsString("format"));
        body.put("leitwegId", "06636003-ESW-12");
        post("/members", county.coordinator(), body).statusCode(400).body("detail", containsString("check digits"));
        body.put("leitwegId", "06636003-ESW-93");
        post("/members", county.coordinator(), body).statusCode(201).body("member.leitwegId", equalTo("06636003-ESW-93"));
    }

    @Test
    void malformedJsonAndMissingFieldsAre400() {
        given().auth().oauth2(county.coordinator()).contentType(ContentType.JSON).body("{\"name\": \"x\",").header("Idempotency-Key", UUID.randomUUID().toString()).post("/members")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Malformed request body"));
        post("/members", county.coordinator(), Map.of("kind", "MUNICIPALITY")).statusCode(400)
                .body("violations.field", hasItem("name")).body("violations.field", hasItem("sectors"));
        post("/members/" + county.memberA + "/depots", county.coordinator(), Map.of("name", "Bauhof Nord", "latitude", 95, "longitude", 10))
                .statusCode(400).body("violations.field", hasItem("latitude"));
        given().auth().oauth2(county.coordinator()).get("/members?size=0").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(county.coordinator()).get("/members/not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("memberId"));
    }

    @Test
    void badRatesAre400() {
        String path = "/regions/" + county.region1 + "/rates/2032";
        post(path, county.coordinator(), rates(line("WASTEWATER", "SEWER_FLUSHING", "LITRE", 145)), "PUT").statusCode(400)
                .body("detail", containsString("LITRE"));
        post(path, county.coordinator(), rates(line("WASTEWATER", "SEWER_FLUSHING", "HOUR", -1)), "PUT").statusCode(400);
        post(path, county.coordinator(), rates(line("WASTEWATER", "sewer flushing", "HOUR", 145)), "PUT").statusCode(400);
        post(path, county.coordinator(), rates(line("WASTEWATER", "SEWER_FLUSHING", "HOUR", 145),
                line("WASTEWATER", "SEWER_FLUSHING", "HOUR", 150)), "PUT").statusCode(400).body("type", equalTo("urn:problem:duplicate-rate"));
        post("/regions/" + county.region1 + "/rates/1999", county.coordinator(), rates(), "PUT").statusCode(400);
        assertEquals(0, count("select count(*) from rate where region_id = ?1", county.region1));
    }

    @Test
    void aClosedYearRefusesRateChangesAtTheDatabaseAndTheApiAnswers409() {
        String path = "/regions/" + county.region1 + "/rates/2030";
        post(path, county.coordinator(), rates(line("WATER_SUPPLY", "WASSERMEISTER", "HOUR", 68)), "PUT").statusCode(200)
                .body("rates[0].amount", equalTo(68.0f)).body("closed", equalTo(false));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into financial_year_close (region_id, year, closed_by) values (?1, 2030, 'test')")
                .setParameter(1, county.region1).executeUpdate());
        post(path, county.coordinator(), rates(line("WATER_SUPPLY", "WASSERMEISTER", "HOUR", 70)), "PUT").statusCode(409)
                .body("type", equalTo("urn:problem:year-closed"));
        Exception refused = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update rate set amount = 1 where region_id = ?1 and year = 2030").setParameter(1, county.region1).executeUpdate()));
        assertEquals(true, rootMessage(refused).contains("is closed"), rootMessage(refused));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from settlement_terms where region_id = ?1 and year = 2030").setParameter(1, county.region1).executeUpdate()));
        given().auth().oauth2(county.token(Roles.ACCOUNTING)).get(path).then().statusCode(200)
                .body("closed", equalTo(true)).body("rates[0].amount", equalTo(68.0f));
    }

    @Test
    void credentialsWithUnknownRolesOrTakenEmailAreRefused() {
        String admin = county.token(Roles.MEMBER_ADMIN);
        String email = "dup" + UUID.randomUUID() + "@example.org";
        post("/members/" + county.memberA + "/users", admin, Map.of("name", "A", "email", email, "roles", List.of("coordinator")))
                .statusCode(400).body("type", equalTo("urn:problem:role-not-grantable"));
        post("/members/" + county.memberA + "/users", admin, Map.of("name", "A", "email", email, "roles", List.of("dispatcher"))).statusCode(201);
        post("/members/" + county.memberA + "/users", admin, Map.of("name", "B", "email", email, "roles", List.of("dispatcher")))
                .statusCode(409).body("detail", containsString("e-mail"));
        post("/members/" + county.memberA + "/clients", admin, Map.of("name", "X", "roles", List.of("superuser"))).statusCode(400);
        post("/members/" + county.memberA + "/clients", admin,
                Map.of("name", "X", "roles", List.of("dispatcher"), "expiresAt", "2020-01-01T00:00:00Z")).statusCode(400);
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static ValidatableResponse post(String path, String token, Object body) {
        return post(path, token, body, "POST");
    }

    private static ValidatableResponse post(String path, String token, Object body, String method) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .header("Idempotency-Key", UUID.randomUUID().toString()).request(method, path)
                .then().contentType(org.hamcrest.Matchers.anyOf(containsString("application/problem+json"), containsString("application/json")));
    }

    private static Map<String, Object> member(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "MUNICIPALITY");
        body.put("sectors", List.of("WATER_SUPPLY"));
        return body;
    }

    private static Map<String, Object> line(String sector, String category, String unit, int amount) {
        return Map.of("sector", sector, "category", category, "unit", unit, "amount", amount);
    }

    @SafeVarargs
    private static Map<String, Object> rates(Map<String, Object>... lines) {
        return Map.of("rates", List.of(lines), "settlementTerms", Map.of("toleranceHours", 8, "remainder", "PAY"));
    }
}
