package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The county board: a page of the region's active offers nearest to the caller's depot, each with its bookings and
 * blackouts in the window, with the availability's privacy (booking ids for the parties, blackout reasons for the
 * owner), filters, and refusals for a too long window or a member without a depot.
 */
@QuarkusTest
class BoardTest {

    static final UUID REGION = UUID.randomUUID();
    static final UUID OWNER = UUID.randomUUID();
    static final UUID REQUESTER = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();
    static final String OWNER_STAFF = TestTokens.token(OWNER, REGION, "works-staff");
    static final String REQUESTER_DISPATCHER = TestTokens.token(REQUESTER, REGION, "dispatcher");
    static final Instant MONDAY = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
    static final Instant NEXT_MONDAY = MONDAY.plus(7, ChronoUnit.DAYS);

    static UUID eschwege;
    static UUID wanfried;
    static UUID witzenhausen;
    static UUID othersBooking;
    static UUID ownBooking;

    @BeforeEach
    void county() {
        if (eschwege != null) {
            return;
        }
        TestData.produce("member-events", "memberId",
                TestData.memberEvent("MemberJoined", REQUESTER, REGION, "Stadt Eschwege", 51.1880, 10.0528, Instant.now()),
                TestData.memberEvent("MemberJoined", OWNER, REGION, "Stadt Wanfried", 51.1822, 10.1747, Instant.now()));
        witzenhausen = TestData.createOffer(OWNER_STAFF, TestData.equipment("Kamera Witzenhausen", 51.3418, 9.8567));
        wanfried = TestData.createOffer(OWNER_STAFF, TestData.equipment("Kamera Wanfried", 51.1822, 10.1747));
        eschwege = TestData.createOffer(OWNER_STAFF, TestData.equipment("Kamera Eschwege", 51.1880, 10.0528)
                .put("category", "LEAK_DETECTOR"));
        UUID paused = TestData.createOffer(OWNER_STAFF, TestData.equipment("Kamera pausiert", 51.1881, 10.0529));
        given().auth().oauth2(OWNER_STAFF).post("/offers/" + paused + "/pause").then().statusCode(200);
        TestData.createOffer(TestTokens.token(UUID.randomUUID(), UUID.randomUUID(), "works-staff"),
                TestData.equipment("Kamera anderer Kreis", 51.1880, 10.0528));
        given().auth().oauth2(OWNER_STAFF).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"start\":\"" + MONDAY.plus(2, ChronoUnit.DAYS) + "\",\"end\":\"" + MONDAY.plus(3, ChronoUnit.DAYS)
                        + "\",\"reason\":\"Reparatur Hochdruckpumpe\"}")
                .post("/offers/" + witzenhausen + "/blackouts").then().statusCode(201);
        othersBooking = UUID.randomUUID();
        ownBooking = UUID.randomUUID();
        TestData.produce("booking-events", "offerId",
                TestData.bookingEvent("BookingConfirmed", "CONFIRMED", othersBooking, wanfried, OWNER, OTHER,
                        MONDAY.plus(1, ChronoUnit.DAYS), MONDAY.plus(26, ChronoUnit.HOURS), Instant.now())
                        .put("regionId", REGION.toString()),
                TestData.bookingEvent("BookingRequested", "REQUESTED", ownBooking, wanfried, OWNER, REQUESTER,
                        MONDAY.plus(4, ChronoUnit.DAYS), MONDAY.plus(100, ChronoUnit.HOURS), Instant.now())
                        .put("regionId", REGION.toString()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> board(REQUESTER_DISPATCHER, "")
                .statusCode(200).body("items[1].busy", hasSize(2)));
        // both members' MemberJoined events travel on their own partitions: wait for the owner's depot too
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> board(OWNER_STAFF, "").statusCode(200));
    }

    @Test
    void activeOffersOfTheRegionNearestToTheCallersDepotWithWhatKeepsThemBusy() {
        board(REQUESTER_DISPATCHER, "").statusCode(200)
                .body("items.offer.title", contains("Kamera Eschwege", "Kamera Wanfried", "Kamera Witzenhausen"))
                .body("total", equalTo(3))
                .body("items[0].distanceKm", equalTo(0.0f)).body("items[0].busy", hasSize(0))
                .body("items[1].busy.source", contains("BOOKING", "BOOKING"))
                .body("items[1].busy[0].end", equalTo(MONDAY.plus(27, ChronoUnit.HOURS).toString()))
                .body("items[2].busy.source", contains("BLACKOUT"));
    }

    @Test
    void bookingDetailsOnlyForTheirPartiesAndBlackoutReasonsOnlyForTheOwner() {
        board(REQUESTER_DISPATCHER, "").statusCode(200)
                .body("items[1].busy[0].bookingId", nullValue()).body("items[1].busy[0].status", nullValue())
                .body("items[1].busy[1].bookingId", equalTo(ownBooking.toString()))
                .body("items[1].busy[1].status", equalTo("REQUESTED"))
                .body("items[2].busy[0].reason", nullValue());
        // the owner sees every booking of its offers and its own blackout reasons; its depot (Wanfried) comes first
        board(OWNER_STAFF, "").statusCode(200)
                .body("items.offer.title", contains("Kamera Wanfried", "Kamera Eschwege", "Kamera Witzenhausen"))
                .body("items[0].busy.bookingId", contains(othersBooking.toString(), ownBooking.toString()))
                .body("items[2].busy[0].reason", equalTo("Reparatur Hochdruckpumpe"));
    }

    @Test
    void filtersPagingAndRefusals() {
        board(REQUESTER_DISPATCHER, "&category=LEAK_DETECTOR").body("items.offer.title", contains("Kamera Eschwege"));
        board(REQUESTER_DISPATCHER, "&radiusKm=10").body("items.offer.title", contains("Kamera Eschwege", "Kamera Wanfried"));
        board(REQUESTER_DISPATCHER, "&kind=SERVICE").body("items", hasSize(0)).body("total", equalTo(0));
        board(REQUESTER_DISPATCHER, "&page=1&size=2").body("items.offer.title", contains("Kamera Witzenhausen"))
                .body("total", equalTo(3));
        given().auth().oauth2(REQUESTER_DISPATCHER).queryParam("from", MONDAY.toString())
                .queryParam("to", MONDAY.plus(43, ChronoUnit.DAYS).toString()).get("/board").then().statusCode(400)
                .contentType("application/problem+json");
        board(REQUESTER_DISPATCHER, "&kind=BOAT").statusCode(400);
        board(TestTokens.token(UUID.randomUUID(), REGION, "dispatcher"), "").statusCode(422)
                .body("type", equalTo("urn:problem:no-depot"));
        given().queryParam("from", MONDAY.toString()).queryParam("to", NEXT_MONDAY.toString()).get("/board")
                .then().statusCode(401);
    }

    private static ValidatableResponse board(String token, String query) {
        return given().auth().oauth2(token).urlEncodingEnabled(false)
                .get("/board?from=" + MONDAY + "&to=" + NEXT_MONDAY + query).then();
    }
}
