package de.dienstleistungspool.municipality.identity;

import static de.dienstleistungspool.municipality.identity.CountyThroughTheApiTest.admit;
import static de.dienstleistungspool.municipality.identity.CountyThroughTheApiTest.region;
import static de.dienstleistungspool.municipality.identity.CountyThroughTheApiTest.signIn;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.municipality.settlement.SettlementFixture;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may not set counties up, and what a deactivated region refuses: every refusal is problem+json and changes
 * nothing; a coordinator of one county never touches another.
 */
@QuarkusTest
class CountySetupRefusalsTest {

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    @Test
    void onlyThePlatformOperatorSetsCountiesUpAndACoordinatorNeverTouchesAnotherCounty() {
        String operator = SigningKeyProtectionTest.operatorToken();
        Created a = create(operator), b = create(operator);
        SettlementFixture sql = new SettlementFixture(db, json, a.region, List.of());
        String coordinatorOfA = signIn(a.email, a.password).getString("access_token");
        String name = "Landkreis " + UUID.randomUUID();
        long regions = sql.count("select count(*) from region");
        long people = sql.count("select count(*) from app_user");

        for (String token : List.of(coordinatorOfA, TestTokens.token(UUID.randomUUID(), b.region, Roles.COORDINATOR),
                TestTokens.token(UUID.randomUUID(), b.region, Roles.MEMBER_ADMIN))) {
            refused(as(token).body(region(name, "x" + UUID.randomUUID() + "@kreis.example")).post("/regions"), 403);
            refused(as(token).body(Map.of("name", "Eindringling", "email", "x" + UUID.randomUUID() + "@kreis.example"))
                    .post("/regions/" + b.region + "/coordinators"), 403);
            refused(as(token).post("/regions/" + b.region + "/deactivation"), 403);
        }
        refused(given().contentType(ContentType.JSON).body(region(name, "x@kreis.example")).post("/regions"), 401);
        refused(as(coordinatorOfA).get("/regions/" + b.region), 404);
        refused(as(coordinatorOfA).get("/regions/" + b.region + "/coordinators"), 403);
        // a coordinator of A admits only into A, and may not publish B's rates
        UUID admitted = admit(coordinatorOfA, "Stadt " + UUID.randomUUID());
        assertEquals(a.region.toString(), sql.text("select region_id from member where id = ?", admitted));
        refused(as(coordinatorOfA).body(Map.of("rates", List.of())).put("/regions/" + b.region + "/rates/2026"), 404);

        assertEquals(regions, sql.count("select count(*) from region"));
        assertEquals(people, sql.count("select count(*) from app_user"));
        assertEquals(0, sql.count("select count(*) from member where region_id = ?", b.region));
        assertEquals("ACTIVE", sql.text("select status from region where id = ?", b.region));
        assertEquals(0, sql.count("select count(*) from rate where region_id = ?", b.region));
    }

    @Test
    void aFailedCreateLeavesNothingBehind() {
        String operator = SigningKeyProtectionTest.operatorToken();
        Created taken = create(operator);
        SettlementFixture sql = new SettlementFixture(db, json, taken.region, List.of());
        String name = "Landkreis " + UUID.randomUUID();
        // the second coordinator's address is held already: neither the region nor its terms nor the first coordinator stay
        refused(as(operator).body(region(name, "neu-" + UUID.randomUUID() + "@kreis.example", taken.email)).post("/regions"), 409)
                .then().body("type", equalTo("urn:problem:email-unavailable"));
        refused(as(operator).body(region(taken.name, "neu-" + UUID.randomUUID() + "@kreis.example")).post("/regions"), 409)
                .then().body("type", equalTo("urn:problem:duplicate"));
        String twice = "doppelt-" + UUID.randomUUID() + "@kreis.example";
        refused(as(operator).body(region(name, twice, twice.toUpperCase())).post("/regions"), 400);
        Map<String, Object> future = new java.util.HashMap<>(region(name, "neu-" + UUID.randomUUID() + "@kreis.example"));
        future.put("firstYear", 2099);
        refused(as(operator).body(future).post("/regions"), 422);
        Map<String, Object> none = new java.util.HashMap<>(region(name));
        refused(as(operator).body(none).post("/regions"), 400).then().body("violations[0].field", equalTo("coordinators"));
        assertEquals(0, sql.count("select count(*) from region where name = ?", name));
        assertEquals(0, sql.count("select count(*) from settlement_terms t join region r on r.id = t.region_id where r.name = ?", name));
        assertEquals(1, sql.count("select count(*) from app_user where region_id = ?", taken.region));
        refused(as(operator).body(Map.of("name", "Niemand", "email", "n" + UUID.randomUUID() + "@kreis.example"))
                .post("/regions/" + UUID.randomUUID() + "/coordinators"), 404);
    }

    @Test
    void aDeactivatedRegionAdmitsNoMembersAndGetsNoCoordinatorsButItsPeopleStillSettle() {
        String operator = SigningKeyProtectionTest.operatorToken();
        Created c = create(operator);
        String coordinator = signIn(c.email, c.password).getString("access_token");
        admit(coordinator, "Stadt " + UUID.randomUUID());
        SettlementFixture sql = new SettlementFixture(db, json, c.region, List.of());

        given().auth().oauth2(operator).post("/regions/" + c.region + "/deactivation").then().statusCode(200)
                .body("status", equalTo("DEACTIVATED"));
        refused(as(coordinator).body(Map.of("name", "Stadt spät", "kind", "MUNICIPALITY", "sectors", List.of("WASTEWATER")))
                .post("/members"), 409).then().body("type", equalTo("urn:problem:region-deactivated"));
        refused(as(operator).body(Map.of("name", "Zu spät", "email", "spaet-" + UUID.randomUUID() + "@kreis.example"))
                .post("/regions/" + c.region + "/coordinators"), 409);
        refused(as(operator).post("/regions/" + c.region + "/deactivation"), 409);
        assertEquals(1, sql.count("select count(*) from member where region_id = ?", c.region));
        assertEquals(1, sql.count("select count(*) from app_user where region_id = ?", c.region));

        // its coordinator still signs in, reads and may close its years
        String again = signIn(c.email, c.password).getString("access_token");
        given().auth().oauth2(again).get("/regions/" + c.region).then().statusCode(200).body("status", equalTo("DEACTIVATED"));
        given().auth().oauth2(again).post("/settlement/years/2025/close-preview").then().statusCode(200);
    }

    private record Created(UUID region, String name, String email, String password) {
    }

    private static Created create(String operator) {
        String name = "Landkreis " + UUID.randomUUID();
        String email = "k-" + UUID.randomUUID() + "@kreis.example";
        Response r = as(operator).body(region(name, email)).post("/regions");
        r.then().statusCode(201);
        return new Created(UUID.fromString(r.path("region.id")), name, email, r.path("coordinators[0].initialPassword"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    private static Response refused(Response r, int status) {
        r.then().statusCode(status).contentType("application/problem+json");
        return r;
    }
}
