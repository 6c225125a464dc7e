package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Owners create, edit, pause and retire their offers; nobody else can, and bad input changes nothing. */
@QuarkusTest
class OfferManagementTest {

    static final UUID REGION = UUID.randomUUID();
    static final UUID OWNER = UUID.randomUUID();
    static final UUID NEIGHBOUR = UUID.randomUUID();
    static final String OWNER_STAFF = TestTokens.token(OWNER, REGION, "works-staff");
    static final String NEIGHBOUR_STAFF = TestTokens.token(NEIGHBOUR, REGION, "works-staff");
    static final String OWNER_DISPATCHER = TestTokens.token(OWNER, REGION, "dispatcher");
    static final String OTHER_REGION = TestTokens.token(OWNER, UUID.randomUUID(), "works-staff");

    @Inject
    EntityManager em;

    @Test
    void ownerCreatesEditsAndRetires() {
        UUID id = TestData.createOffer(OWNER_STAFF, TestData.equipment("Lecksuchgerät", 51.19, 10.05));
        given().auth().oauth2(NEIGHBOUR_STAFF).get("/offers/" + id).then().statusCode(200)
                .body("ownerMemberId", equalTo(OWNER.toString())).body("status", equalTo("ACTIVE"))
                .body("depot.latitude", equalTo(51.19f));

        ObjectNode edited = TestData.equipment("Lecksuchgerät Hydrolux", 51.19, 10.05).put("bufferMinutes", 30);
        given().auth().oauth2(OWNER_STAFF).contentType("application/json").body(edited.toString())
                .put("/offers/" + id).then().statusCode(200)
                .body("title", equalTo("Lecksuchgerät Hydrolux")).body("bufferMinutes", equalTo(30));
        given().auth().oauth2(OWNER_STAFF).post("/offers/" + id + "/pause").then().statusCode(200).body("status", equalTo("PAUSED"));
        given().auth().oauth2(OWNER_STAFF).post("/offers/" + id + "/resume").then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(OWNER_STAFF).post("/offers/" + id + "/retire").then().statusCode(200).body("status", equalTo("RETIRED"));
        given().auth().oauth2(OWNER_STAFF).contentType("application/json").body(edited.toString())
                .put("/offers/" + id).then().statusCode(409).contentType(containsString("application/problem+json"));
    }

    @Test
    void onlyTheOwnersWorksStaffChangeAnOffer() {
        UUID id = TestData.createOffer(OWNER_STAFF, TestData.equipment("Notstromaggregat 60 kVA", 51.2, 10.0));
        String body = TestData.equipment("Gekapert", 51.2, 10.0).toString();
        given().auth().oauth2(NEIGHBOUR_STAFF).contentType("application/json").body(body).put("/offers/" + id)
                .then().statusCode(403).contentType(containsString("application/problem+json"));
        given().auth().oauth2(NEIGHBOUR_STAFF).post("/offers/" + id + "/retire").then().statusCode(403);
        given().auth().oauth2(OWNER_DISPATCHER).post("/offers/" + id + "/pause").then().statusCode(403);
        given().auth().oauth2(OTHER_REGION).post("/offers/" + id + "/pause").then().statusCode(404);
        given().auth().oauth2(OTHER_REGION).get("/offers/" + id).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().get("/offers/" + id).then().statusCode(401).contentType(containsString("application/problem+json"));
        given().auth().oauth2(TestTokens.expired(OWNER, REGION, "works-staff")).get("/offers/" + id).then().statusCode(401);
        given().auth().oauth2(TestTokens.forged(OWNER, REGION, "works-staff")).get("/offers/" + id).then().statusCode(401);
        given().auth().oauth2(OWNER_DISPATCHER).contentType("application/json").body(body).header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers").then().statusCode(403);
        given().auth().oauth2(OWNER_DISPATCHER).get("/offers/" + id).then().statusCode(200)
                .body("title", equalTo("Notstromaggregat 60 kVA")).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(OTHER_REGION).get("/offers").then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        long before = offersOf(OWNER);
        ObjectNode unknownKind = TestData.equipment("X", 51.2, 10.0).put("kind", "SPACESHIP");
        post(unknownKind).statusCode(400).body("detail", containsString("kind"));
        post(TestData.equipment("X", 51.2, 10.0).put("category", "kamera klein")).statusCode(400)
                .body("violations.field", hasItem("category"));
        post(TestData.equipment("X", 95.0, 10.0)).statusCode(400);
        ObjectNode standby = TestData.equipment("Wassermeister Vertretung", 51.2, 10.0).put("kind", "STAFF_STANDBY").put("unit", "HOUR");
        post(standby).statusCode(400).body("type", equalTo("urn:problem:windows-required"));
        standby.putArray("windows").addObject().put("start", "2026-08-10T00:00:00Z").put("end", "2026-08-01T00:00:00Z");
        post(standby).statusCode(400).body("type", equalTo("urn:problem:invalid-period"));
        ObjectNode service = TestData.equipment("Kanalspülung", 51.2, 10.0).put("kind", "SERVICE").put("unit", "METRE");
        post(service).statusCode(400).body("type", equalTo("urn:problem:capacity-required"));
        given().auth().oauth2(OWNER_STAFF).contentType("application/json").body("{\"kind\": \"EQUIPMENT\",")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers").then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("title", equalTo("Malformed request body"));
        given().auth().oauth2(OWNER_STAFF).queryParam("kind", "BOAT").get("/offers").then().statusCode(400)
                .body("detail", containsString("kind"));
        assertEquals(before, offersOf(OWNER));
    }

    private io.restassured.response.ValidatableResponse post(ObjectNode body) {
        return given().auth().oauth2(OWNER_STAFF).contentType("application/json").body(body.toString())
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers").then().contentType(containsString("application/problem+json"));
    }

    private long offersOf(UUID member) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from offer where owner_member_id = ?1").setParameter(1, member).getSingleResult()).longValue());
    }
}
