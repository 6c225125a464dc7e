package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import de.dienstleistungspool.testinfra.TestTokens;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The region-wide search returns the free offers nearest first, paged, from a point or from the requester's depot
 * (known from member-events), and never shows another region's offers.
 */
@QuarkusTest
class SearchTest {

    static final UUID REGION = UUID.randomUUID();
    static final UUID OWNER = UUID.randomUUID();
    static final UUID REQUESTER = UUID.randomUUID();
    static final String OWNER_STAFF = TestTokens.token(OWNER, REGION, "works-staff");
    static final String REQUESTER_DISPATCHER = TestTokens.token(REQUESTER, REGION, "dispatcher");
    static final Instant START = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    static final Instant END = START.plus(6, ChronoUnit.HOURS);

    static UUID wanfried;
    static UUID eschwege;
    static UUID witzenhausen;
    static UUID sontra;

    @BeforeEach
    void catalog() {
        if (witzenhausen != null) {
            return;
        }
        // Wanfried (nearest to Eschwege after Eschwege itself), Witzenhausen (far), Sontra (middle, blacked out)
        witzenhausen = TestData.createOffer(OWNER_STAFF, TestData.equipment("Kamera Witzenhausen", 51.3418, 9.8567));
        wanfried = TestData.createOffer(OWNER_STAFF, TestData.equipment("Kamera Wanfried", 51.1822, 10.1747));
        eschwege = TestData.createOffer(OWNER_STAFF, TestData.equipment("Kamera Eschwege", 51.1880, 10.0528));
        sontra = TestData.createOffer(OWNER_STAFF, TestData.equipment("Kamera Sontra", 51.0647, 9.9372));
        given().auth().oauth2(OWNER_STAFF).contentType("application/json")
                .body("{\"start\":\"" + START.minus(1, ChronoUnit.DAYS) + "\",\"end\":\"" + END + "\",\"reason\":\"Reparatur\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers/" + sontra + "/blackouts").then().statusCode(201);
        UUID paused = TestData.createOffer(OWNER_STAFF, TestData.equipment("Kamera pausiert", 51.1881, 10.0529));
        given().auth().oauth2(OWNER_STAFF).post("/offers/" + paused + "/pause").then().statusCode(200);
        TestData.createOffer(TestTokens.token(UUID.randomUUID(), UUID.randomUUID(), "works-staff"),
                TestData.equipment("Kamera anderer Kreis", 51.1880, 10.0528));
    }

    @Test
    void nearestFreeOffersFirstFromAPoint() {
        search(REQUESTER_DISPATCHER, "51.1880", "10.0528", 0, 10).statusCode(200)
                .body("items.offer.id", contains(eschwege.toString(), wanfried.toString(), witzenhausen.toString()))
                .body("total", equalTo(3)).body("items[0].distanceKm", equalTo(0.0f))
                .body("items[1].distanceKm", equalTo(8.53f));
        search(REQUESTER_DISPATCHER, "51.1880", "10.0528", 1, 2)
                .body("items.offer.id", contains(witzenhausen.toString())).body("total", equalTo(3)).body("page", equalTo(1));
        given().auth().oauth2(REQUESTER_DISPATCHER).queryParam("from", START.toString()).queryParam("to", END.toString())
                .queryParam("lat", "51.1880").queryParam("lon", "10.0528").queryParam("radiusKm", "10")
                .get("/search").then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void fromTheRequestersDepotKnownFromMemberEvents() {
        // the requester sits in Witzenhausen: its depot arrives as MemberJoined on the real member-events topic
        TestData.produce("member-events", "memberId", TestData.memberEvent("MemberJoined", REQUESTER, REGION,
                "Stadt Witzenhausen", 51.3418, 9.8567, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> search(REQUESTER_DISPATCHER, null, null, 0, 10)
                .statusCode(200).body("items.offer.id", contains(witzenhausen.toString(), eschwege.toString(), wanfried.toString())));
        // an older snapshot (moved to Wanfried, but stale) does not replace the newer one
        TestData.produce("member-events", "memberId", TestData.memberEvent("MemberChanged", REQUESTER, REGION,
                "Stadt Witzenhausen", 51.1822, 10.1747, Instant.now().minus(1, ChronoUnit.DAYS)));
        search(REQUESTER_DISPATCHER, null, null, 0, 10).body("items[0].offer.id", equalTo(witzenhausen.toString()));
    }

    @Test
    void badSearchesAreProblems() {
        given().auth().oauth2(REQUESTER_DISPATCHER).queryParam("from", END.toString()).queryParam("to", START.toString())
                .queryParam("lat", "51").queryParam("lon", "10").get("/search").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("type", equalTo("urn:problem:invalid-period"));
        given().auth().oauth2(REQUESTER_DISPATCHER).queryParam("from", START.toString()).queryParam("to", START.toString())
                .queryParam("lat", "51").queryParam("lon", "10").get("/search").then().statusCode(400);
        given().auth().oauth2(REQUESTER_DISPATCHER).queryParam("from", START.toString()).queryParam("to", END.toString())
                .queryParam("lat", "51").queryParam("lon", "10").queryParam("kind", "ROCKET").get("/search").then()
                .statusCode(400).body("detail", containsString("kind"));
        given().auth().oauth2(REQUESTER_DISPATCHER).queryParam("from", START.toString()).queryParam("to", END.toString())
                .queryParam("lat", "51").get("/search").then().statusCode(400).body("type", equalTo("urn:problem:incomplete-point"));
        given().auth().oauth2(TestTokens.token(UUID.randomUUID(), REGION, "dispatcher")).queryParam("from", START.toString())
                .queryParam("to", END.toString()).get("/search").then().statusCode(422);
        given().queryParam("from", START.toString()).queryParam("to", END.toString()).get("/search").then().statusCode(401);
    }

    static ValidatableResponse search(String token, String lat, String lon, int page, int size) {
        var request = given().auth().oauth2(token).queryParam("from", START.toString()).queryParam("to", END.toString())
                .queryParam("kind", "EQUIPMENT").queryParam("sector", "WASTEWATER").queryParam("page", page).queryParam("size", size);
        if (lat != null) {
            request = request.queryParam("lat", lat).queryParam("lon", lon);
        }
        return request.get("/search").then();
    }
}
