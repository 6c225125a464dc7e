package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Staff standby is found by qualification (the certificates a waterworks needs) and names the person it provides;
 * an offer that allows emergency use names its on-call contact, and both travel in the offer's snapshot.
 */
@QuarkusTest
class StandbyAndEmergencyOfferTest {

    private static final Instant WEEK = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.DAYS);

    @Test
    void aStandbySearchFiltersByQualificationAndTheOfferNamesItsPerson() {
        UUID region = UUID.randomUUID();
        String staff = TestTokens.token(UUID.randomUUID(), region, "works-staff");
        String dispatcher = TestTokens.token(UUID.randomUUID(), region, "dispatcher");
        UUID person = UUID.randomUUID();
        UUID wassermeister = TestData.createOffer(staff, standby("Wassermeister Urlaubsvertretung", person,
                "Wassermeister", "Trinkwasserhygiene (DVGW W 1020)"));
        UUID electrician = TestData.createOffer(staff, standby("Elektrofachkraft Bereitschaft", UUID.randomUUID(),
                "Elektrofachkraft"));

        given().auth().oauth2(dispatcher).queryParam("from", WEEK.plus(Duration.ofDays(1)).toString())
                .queryParam("to", WEEK.plus(Duration.ofDays(2)).toString()).queryParam("kind", "STAFF_STANDBY")
                .queryParam("qualification", "Wassermeister").queryParam("lat", 51.2).queryParam("lon", 10.0)
                .get("/search").then().statusCode(200)
                .body("items.offer.id", hasItem(wassermeister.toString()))
                .body("items.offer.id", not(hasItem(electrician.toString())))
                .body("items.find { it.offer.id == '" + wassermeister + "' }.offer.person.id", equalTo(person.toString()));
        given().auth().oauth2(dispatcher).queryParam("from", WEEK.plus(Duration.ofDays(1)).toString())
                .queryParam("to", WEEK.plus(Duration.ofDays(2)).toString()).queryParam("kind", "STAFF_STANDBY")
                .queryParam("qualification", "Elektrofachkraft").queryParam("lat", 51.2).queryParam("lon", 10.0)
                .get("/search").then().statusCode(200)
                .body("items.offer.id", hasItem(electrician.toString()))
                .body("items.offer.id", not(hasItem(wassermeister.toString())));
    }

    @Test
    void emergencyUseNeedsAnOnCallContactWhichTheOfferShows() {
        UUID region = UUID.randomUUID();
        String staff = TestTokens.token(UUID.randomUUID(), region, "works-staff");
        ObjectNode pump = TestData.equipment("Mobile Pumpe", 51.2, 10.0).put("emergencyUse", true);
        given().auth().oauth2(staff).contentType("application/json").body(pump.toString()).header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers")
                .then().statusCode(400).body("type", equalTo("urn:problem:on-call-required"));
        pump.putObject("onCall").put("name", "Rufbereitschaft").put("email", "rufbereitschaft@eschwege.example")
                .put("phone", "+49 5651 304-111");
        UUID offer = TestData.createOffer(staff, pump);
        given().auth().oauth2(staff).get("/offers/" + offer).then().statusCode(200)
                .body("emergencyUse", equalTo(true)).body("onCall.email", equalTo("rufbereitschaft@eschwege.example"));
        ObjectNode camera = TestData.equipment("Kamera", 51.2, 10.0);
        camera.putObject("person").put("id", UUID.randomUUID().toString()).put("name", "K.");
        given().auth().oauth2(staff).contentType("application/json").body(camera.toString()).header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers")
                .then().statusCode(400).body("type", equalTo("urn:problem:person-not-allowed"));
    }

    private static ObjectNode standby(String title, UUID person, String... qualifications) {
        ObjectNode o = TestData.equipment(title, 51.2, 10.0).put("kind", "STAFF_STANDBY").put("category", "WATER_MASTER")
                .put("unit", "HOUR").put("bufferMinutes", 0);
        o.putArray("sectors").removeAll().add("WATER_SUPPLY");
        var q = o.putArray("qualifications");
        for (String s : qualifications) {
            q.add(s);
        }
        o.putObject("person").put("id", person.toString()).put("name", title);
        o.putArray("windows").addObject().put("start", WEEK.toString()).put("end", WEEK.plus(Duration.ofDays(7)).toString());
        return o;
    }
}
