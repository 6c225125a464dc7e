package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * member-events reach pool-service: a member's depot becomes the default place of its offers, a member that
 * leaves has its offers retired and its calendar feed secret deleted, and a revoked API client's tokens stop working
 * at once.
 */
@QuarkusTest
class MemberAndRevocationEventsTest {

    @Test
    void depotFromMemberJoinedAndOffersRetiredWhenTheMemberLeaves() {
        UUID member = UUID.randomUUID();
        String staff = TestTokens.token(member, TestData.WMK, "works-staff");
        Instant joined = Instant.now();
        TestData.produce("member-events", "memberId",
                TestData.memberEvent("MemberJoined", member, TestData.WMK, "Gemeinde Meißner", 51.2192, 9.9264, joined));
        ObjectNode noDepot = TestData.equipment("Rüttelplatte", 0, 0);
        noDepot.remove("depot");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(staff).contentType("application/json")
                .body(noDepot.toString()).header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers").then().statusCode(201)
                .body("depot.name", equalTo("Bauhof Gemeinde Meißner")).body("depot.latitude", equalTo(51.2192f)));
        UUID offer = TestData.createOffer(staff, TestData.equipment("Stromerzeuger", 51.2192, 9.9264));
        String feedToken = given().auth().oauth2(staff).post("/calendar/secret").then().statusCode(201).extract().path("token");
        given().queryParam("token", feedToken).get("/calendar/members/" + member + ".ics").then().statusCode(200);
        TestData.produce("member-events", "memberId",
                TestData.memberEvent("MemberLeft", member, TestData.WMK, "Gemeinde Meißner", 51.2192, 9.9264, joined.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(staff).get("/offers/" + offer)
                .then().statusCode(200).body("status", equalTo("RETIRED")));
        // the feed URL handed to calendar programs stops working with the member's leaving
        given().queryParam("token", feedToken).get("/calendar/members/" + member + ".ics").then().statusCode(404);
        given().queryParam("token", feedToken).get("/calendar/offers/" + offer + ".ics").then().statusCode(404);
    }

    @Test
    void revokedClientIsRefused() {
        UUID member = UUID.randomUUID();
        String clientId = "test-client-" + UUID.randomUUID();
        String token = TestTokens.clientToken(clientId, member, TestData.WMK, "dispatcher");
        given().auth().oauth2(token).get("/offers").then().statusCode(200);
        ObjectNode revoked = TestData.contract("municipality-service", "CredentialRevoked",
                "{\"eventType\":\"CredentialRevoked\",\"kind\":\"API_CLIENT\"}");
        revoked.put("eventId", UUID.randomUUID().toString()).put("occurredAt", Instant.now().toString())
                .put("memberId", member.toString()).put("subject", clientId);
        TestData.produce("member-events", "memberId", revoked);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token).get("/offers").then()
                .statusCode(401).body("type", equalTo("urn:problem:revoked-credential")));
    }
}
