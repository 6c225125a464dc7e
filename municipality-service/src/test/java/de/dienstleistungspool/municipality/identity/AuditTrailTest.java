package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Role changes, bank-detail changes and rate changes are recorded with who, when and the changed fields; only those
 * who may see the member or region read them, and a refused change records nothing.
 */
@QuarkusTest
class AuditTrailTest {

    @Inject
    EntityManager em;

    @Test
    void aRoleChangeIsRecordedOnTheMemberAndReadableOnlyByItsPeopleAndCoordinator() {
        TestCounty county = new TestCounty(em);
        String admin = county.token(Roles.MEMBER_ADMIN);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Erika Muster", "roles", List.of(Roles.DISPATCHER, Roles.WORKS_STAFF)))
                .put("/members/" + county.memberA + "/users/" + county.userA).then().statusCode(200);

        String roles = "changes.'users/" + county.userA + "/roles'";
        given().auth().oauth2(county.token(Roles.ACCOUNTING)).get("/members/" + county.memberA + "/history").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].action", equalTo("UserChanged"))
                .body("[0].actorMemberId", equalTo(county.memberA.toString()))
                .body("[0].recordedAt", notNullValue())
                .body("[0]." + roles + ".before", equalTo(List.of(Roles.DISPATCHER)))
                .body("[0]." + roles + ".after", hasSize(2));
        given().auth().oauth2(county.coordinator()).get("/members/" + county.memberA + "/history").then().statusCode(200)
                .body("$", hasSize(1));
        given().auth().oauth2(county.token(county.memberB, Roles.MEMBER_ADMIN)).get("/members/" + county.memberA + "/history")
                .then().statusCode(404).contentType(containsString("application/problem+json"));
        given().auth().oauth2(TestTokens.token(UUID.randomUUID(), county.region2, Roles.COORDINATOR))
                .get("/members/" + county.memberA + "/history").then().statusCode(404);
    }

    @Test
    void aBankDetailChangeIsRecordedWithTheIbanShortened() {
        TestCounty county = new TestCounty(em);
        String accounting = county.token(Roles.ACCOUNTING);
        putBilling(accounting, county.memberA, "{\"taxNumber\":\"025 123 45678\",\"iban\":\"DE02120300000000202051\",\"bic\":\"BYLADEM1001\"}")
                .statusCode(200);
        putBilling(accounting, county.memberA, "{\"taxNumber\":\"025 123 45678\",\"iban\":\"DE89370400440532013000\",\"bic\":\"BYLADEM1001\"}")
                .statusCode(200);

        String history = given().auth().oauth2(county.token(Roles.MEMBER_ADMIN)).get("/members/" + county.memberA + "/history")
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("[1].action", equalTo("BillingDetailsChanged"))
                .body("[1].changes.iban.before", equalTo("DE02…2051"))
                .body("[1].changes.iban.after", equalTo("DE89…3000"))
                .body("[1].changes.taxNumber", equalTo(null))
                .extract().asString();
        assertThat("the full IBAN is never shown", history, not(containsString("0532013000")));
    }

    @Test
    void aRateChangeIsRecordedPerRateAndOnlyTheRegionReadsIt() {
        TestCounty county = new TestCounty(em);
        publish(county, 145).statusCode(200);
        publish(county, 150).statusCode(200);
        publish(county, 150).statusCode(200);

        given().auth().oauth2(county.token(Roles.DISPATCHER)).get("/regions/" + county.region1 + "/rates/2026/history").then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[1].action", equalTo("RatesPublished"))
                .body("[1].changes.'WASTEWATER/SEWER_FLUSHING'.before", equalTo("HOUR 145.00 EUR"))
                .body("[1].changes.'WASTEWATER/SEWER_FLUSHING'.after", equalTo("HOUR 150.00 EUR"));
        given().auth().oauth2(county.token(county.memberC, Roles.COORDINATOR)).get("/regions/" + county.region1 + "/rates/2026/history")
                .then().statusCode(404).contentType(containsString("application/problem+json"));
    }

    @Test
    void aRefusedChangeRecordsNothing() {
        TestCounty county = new TestCounty(em);
        given().auth().oauth2(county.token(Roles.MEMBER_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", "Erika Muster", "roles", List.of(Roles.COORDINATOR)))
                .put("/members/" + county.memberA + "/users/" + county.userA).then().statusCode(400);
        putBilling(county.token(Roles.ACCOUNTING), county.memberA, "{\"iban\":\"not an iban\"}").statusCode(400);
        putBilling(county.token(county.memberB, Roles.ACCOUNTING), county.memberA, "{\"iban\":\"DE89370400440532013000\"}")
                .statusCode(404);
        given().auth().oauth2(county.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("rates", List.of(rate(100), rate(120))))
                .put("/regions/" + county.region1 + "/rates/2026").then().statusCode(400);

        given().auth().oauth2(county.coordinator()).get("/members/" + county.memberA + "/history").then().statusCode(200)
                .body("$", hasSize(0));
        given().auth().oauth2(county.coordinator()).get("/regions/" + county.region1 + "/rates/2026/history").then().statusCode(200)
                .body("$", hasSize(0));
    }

    private static io.restassured.response.ValidatableResponse putBilling(String token, UUID member, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put("/settlement/billing-details/" + member).then();
    }

    private static io.restassured.response.ValidatableResponse publish(TestCounty county, int amount) {
        return given().auth().oauth2(county.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("rates", List.of(rate(amount)), "settlementTerms", Map.of("toleranceHours", 8, "remainder", "CARRY_OVER")))
                .put("/regions/" + county.region1 + "/rates/2026").then();
    }

    private static Map<String, Object> rate(int amount) {
        return Map.of("sector", "WASTEWATER", "category", "SEWER_FLUSHING", "unit", "HOUR", "amount", amount);
    }
}
