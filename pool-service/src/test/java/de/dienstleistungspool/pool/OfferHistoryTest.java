package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Offer edits and blackout removals leave a record of who changed what and when, readable by the offer's region only. */
@QuarkusTest
class OfferHistoryTest {

    static final UUID REGION = UUID.randomUUID();
    static final UUID OWNER = UUID.randomUUID();
    static final String OWNER_STAFF = TestTokens.token(OWNER, REGION, Roles.WORKS_STAFF);
    static final String NEIGHBOUR_DISPATCHER = TestTokens.token(UUID.randomUUID(), REGION, Roles.DISPATCHER);
    static final String OTHER_COUNTY = TestTokens.token(UUID.randomUUID(), UUID.randomUUID(), Roles.COORDINATOR);

    @Test
    void anEditIsRecordedWithWhoWhenAndTheChangedFieldsOnly() {
        UUID id = TestData.createOffer(OWNER_STAFF, TestData.equipment("Kanal-TV-Kamera", 51.19, 10.05));
        ObjectNode edited = TestData.equipment("Kanal-TV-Kamera mit Satellit", 51.19, 10.05).put("bufferMinutes", 45);
        given().auth().oauth2(OWNER_STAFF).contentType("application/json").body(edited.toString())
                .put("/offers/" + id).then().statusCode(200);

        given().auth().oauth2(NEIGHBOUR_DISPATCHER).get("/offers/" + id + "/history").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].action", equalTo("OfferChanged"))
                .body("[0].actorMemberId", equalTo(OWNER.toString()))
                .body("[0].actorSubject", notNullValue())
                .body("[0].recordedAt", notNullValue())
                .body("[0].changes.title.before", equalTo("Kanal-TV-Kamera"))
                .body("[0].changes.title.after", equalTo("Kanal-TV-Kamera mit Satellit"))
                .body("[0].changes.bufferMinutes.after", equalTo(45))
                .body("[0].changes.category", nullValue())
                .body("[0].changes.version", nullValue());
    }

    @Test
    void aRemovedBlackoutIsRecordedWithItsPeriod() {
        UUID id = TestData.createOffer(OWNER_STAFF, TestData.equipment("Hochdruckspüler", 51.2, 10.0));
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String blackout = given().auth().oauth2(OWNER_STAFF).contentType("application/json")
                .body("{\"start\":\"" + start + "\",\"end\":\"" + start.plus(8, ChronoUnit.HOURS) + "\",\"reason\":\"TÜV\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers/" + id + "/blackouts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(OWNER_STAFF).delete("/offers/" + id + "/blackouts/" + blackout).then().statusCode(204);

        given().auth().oauth2(NEIGHBOUR_DISPATCHER).get("/offers/" + id + "/history").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].action", equalTo("BlackoutRemoved"))
                .body("[0].changes.id.before", equalTo(blackout))
                .body("[0].changes.start.before", equalTo(start.toString()))
                .body("[0].changes.start.after", nullValue())
                .body("[0].changes.reason", nullValue());
    }

    @Test
    void anotherCountyGets404AndAFailedChangeRecordsNothing() {
        UUID id = TestData.createOffer(OWNER_STAFF, TestData.equipment("Standrohr", 51.2, 10.0));
        given().auth().oauth2(OTHER_COUNTY).get("/offers/" + id + "/history").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(NEIGHBOUR_DISPATCHER).get("/offers/" + UUID.randomUUID() + "/history").then().statusCode(404);

        String neighbourStaff = TestTokens.token(UUID.randomUUID(), REGION, Roles.WORKS_STAFF);
        given().auth().oauth2(neighbourStaff).contentType("application/json")
                .body(TestData.equipment("Gekapert", 51.2, 10.0).toString()).put("/offers/" + id).then().statusCode(403);
        given().auth().oauth2(OWNER_STAFF).post("/offers/" + id + "/retire").then().statusCode(200);
        given().auth().oauth2(OWNER_STAFF).contentType("application/json")
                .body(TestData.equipment("Nach Ruhestand", 51.2, 10.0).toString()).put("/offers/" + id).then().statusCode(409);
        given().auth().oauth2(OWNER_STAFF).get("/offers/" + id + "/history").then().statusCode(200).body("$", hasSize(0));
    }
}
