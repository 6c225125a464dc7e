package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.dispatcher;
import static de.dienstleistungspool.booking.Api.step;
import static de.dienstleistungspool.booking.Api.worksStaff;
import static de.dienstleistungspool.booking.PoolFeed.ESCHWEGE;
import static de.dienstleistungspool.booking.PoolFeed.SONTRA;
import static de.dienstleistungspool.booking.PoolFeed.WITZENHAUSEN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may do what: only the requesting member cancels, only the owner confirms, rejects and records use, only
 * dispatchers request, and nobody sees another member's booking except as its provider (404 otherwise).
 */
@QuarkusTest
class BookingAuthorizationTest {

    private static final Instant DAY = Instant.now().plus(Duration.ofDays(70)).truncatedTo(ChronoUnit.DAYS);

    @Test
    void onlyTheOwnerConfirmsOrRejectsAndOnlyTheRequesterCancels() {
        UUID offer = PoolFeed.equipment(ESCHWEGE, 0);
        UUID id = Api.booked(WITZENHAUSEN, offer, DAY, DAY.plus(Duration.ofHours(4)));
        String requesterStaff = TestTokens.token(WITZENHAUSEN, PoolFeed.REGION, Roles.WORKS_STAFF);
        step(requesterStaff, id, "confirm", null).then().statusCode(403).contentType(containsString("application/problem+json"));
        step(requesterStaff, id, "reject", null).then().statusCode(403);
        step(worksStaff(SONTRA), id, "confirm", null).then().statusCode(404);
        step(worksStaff(SONTRA), id, "reject", null).then().statusCode(404);
        String ownerDispatcher = TestTokens.token(ESCHWEGE, PoolFeed.REGION, Roles.DISPATCHER);
        step(ownerDispatcher, id, "cancel", null).then().statusCode(403);
        step(dispatcher(SONTRA), id, "cancel", null).then().statusCode(404);
        step(dispatcher(ESCHWEGE), id, "confirm", null).then().statusCode(403); // a dispatcher cannot confirm at all
        assertEquals(1, PoolFeed.count("select count(*) from booking_transition where booking_id = ?", id));
        assertEquals("REQUESTED", status(id));
        step(worksStaff(ESCHWEGE), id, "confirm", null).then().statusCode(200);
        step(dispatcher(WITZENHAUSEN), id, "cancel", null).then().statusCode(200);
    }

    @Test
    void nobodySeesAnotherMembersBookingExceptItsProvider() {
        UUID offer = PoolFeed.equipment(ESCHWEGE, 0);
        UUID id = Api.booked(WITZENHAUSEN, offer, DAY.plus(Duration.ofDays(1)), DAY.plus(Duration.ofDays(1)).plus(Duration.ofHours(4)));
        as(dispatcher(WITZENHAUSEN)).get("/bookings/" + id).then().statusCode(200);
        as(worksStaff(ESCHWEGE)).get("/bookings/" + id).then().statusCode(200);
        as(worksStaff(ESCHWEGE)).get("/bookings/" + id + "/history").then().statusCode(200);
        as(dispatcher(SONTRA)).get("/bookings/" + id).then().statusCode(404).contentType(containsString("application/problem+json"));
        as(dispatcher(SONTRA)).get("/bookings/" + id + "/history").then().statusCode(404);
        as(dispatcher(SONTRA)).get("/bookings").then().statusCode(200).body("items.id", not(hasItem(id.toString())));
        String otherRegion = TestTokens.token(WITZENHAUSEN, PoolFeed.OTHER_REGION, Roles.DISPATCHER);
        as(dispatcher(WITZENHAUSEN)).queryParam("role", "requester").get("/bookings").then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        as(otherRegion).body(Api.body(offer, DAY.plus(Duration.ofDays(2)), DAY.plus(Duration.ofDays(2)).plus(Duration.ofHours(1))))
                .post("/bookings").then().statusCode(404);
    }

    @Test
    void rolesAndTokensAreEnforced() {
        UUID offer = PoolFeed.equipment(ESCHWEGE, 0);
        var body = Api.body(offer, DAY.plus(Duration.ofDays(3)), DAY.plus(Duration.ofDays(3)).plus(Duration.ofHours(4)));
        as(worksStaff(WITZENHAUSEN)).body(body).post("/bookings").then().statusCode(403);
        as(TestTokens.token(WITZENHAUSEN, PoolFeed.REGION, Roles.ACCOUNTING)).body(body).post("/bookings").then().statusCode(403);
        given().contentType("application/json").header("Idempotency-Key", "k").body(body).post("/bookings").then().statusCode(401);
        as(TestTokens.expired(WITZENHAUSEN, PoolFeed.REGION, Roles.DISPATCHER)).body(body).post("/bookings").then().statusCode(401);
        as(TestTokens.forged(WITZENHAUSEN, PoolFeed.REGION, Roles.DISPATCHER)).body(body).post("/bookings").then().statusCode(401);
        given().get("/bookings").then().statusCode(401);
        as(dispatcher(ESCHWEGE)).body(body).post("/bookings").then().statusCode(422)
                .body("type", equalTo("urn:problem:own-offer"));
        assertEquals(0, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
    }

    private static String status(UUID id) {
        return as(dispatcher(WITZENHAUSEN)).get("/bookings/" + id).then().extract().path("status");
    }
}
