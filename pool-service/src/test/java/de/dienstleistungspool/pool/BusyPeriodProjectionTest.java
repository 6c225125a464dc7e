package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bookings (from the real booking-events topic) and blackouts make an offer busy; cancellations free it; the same
 * event twice or events out of order never corrupt the projection; retiring over future bookings needs force.
 */
@QuarkusTest
class BusyPeriodProjectionTest {

    static final UUID REGION = TestData.WMK;
    static final UUID OWNER = UUID.randomUUID();
    static final UUID REQUESTER = UUID.randomUUID();
    static final String OWNER_STAFF = TestTokens.token(OWNER, REGION, "works-staff");
    static final String REQUESTER_DISPATCHER = TestTokens.token(REQUESTER, REGION, "dispatcher");
    static final String BYSTANDER = TestTokens.token(UUID.randomUUID(), REGION, "dispatcher");

    final Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    final Instant end = start.plus(8, ChronoUnit.HOURS);
    final String from = start.minus(1, ChronoUnit.DAYS).toString();
    final String to = start.plus(2, ChronoUnit.DAYS).toString();

    @Inject
    EntityManager em;

    @Test
    void bookingEventMakesBusyAndCancellationFrees() {
        UUID offer = TestData.createOffer(OWNER_STAFF, TestData.equipment("Kanal-TV-Kamera", 51.19, 10.05));
        UUID booking = UUID.randomUUID();
        ObjectNode requested = event("BookingRequested", "REQUESTED", booking, offer, Instant.now());
        TestData.produce("booking-events", "offerId", requested);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                TestData.availability(BYSTANDER, offer, from, to).statusCode(200).body("busy", hasSize(1)));
        // the owner sees the booking with its buffer (60 min, carried by the event); a bystander only that it is taken
        TestData.availability(OWNER_STAFF, offer, from, to).body("busy[0].bookingId", equalTo(booking.toString()))
                .body("busy[0].end", equalTo(end.plus(60, ChronoUnit.MINUTES).toString()))
                .body("free", hasSize(2));
        TestData.availability(REQUESTER_DISPATCHER, offer, from, to).body("busy[0].status", equalTo("REQUESTED"));
        TestData.availability(BYSTANDER, offer, from, to).body("busy[0].bookingId", nullValue())
                .body("busy[0].source", equalTo("BOOKING"));

        given().auth().oauth2(OWNER_STAFF).post("/offers/" + offer + "/retire").then().statusCode(409)
                .contentType(containsString("application/problem+json")).body("detail", containsString(booking.toString()));

        ObjectNode cancelled = event("BookingCancelled", "CANCELLED", booking, offer, Instant.now().plusSeconds(1));
        TestData.produce("booking-events", "offerId", cancelled);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                TestData.availability(BYSTANDER, offer, from, to).body("busy", hasSize(0)).body("free", hasSize(1)));

        // redelivery of the request (same event id) and a late duplicate with a new id both change nothing
        ObjectNode lateRequest = event("BookingRequested", "REQUESTED", booking, offer, Instant.now().minusSeconds(30));
        TestData.produce("booking-events", "offerId", requested, lateRequest);
        awaitProcessed(lateRequest);
        TestData.availability(BYSTANDER, offer, from, to).body("busy", hasSize(0));
        assertEquals("CANCELLED", statusOf(booking));
        assertEquals(1L, processedCount(requested));
        given().auth().oauth2(OWNER_STAFF).post("/offers/" + offer + "/retire").then().statusCode(200);
    }

    @Test
    void eventsOutOfOrderKeepTheLatestState() {
        UUID offer = TestData.createOffer(OWNER_STAFF, TestData.equipment("Standrohr", 51.2, 10.0));
        UUID booking = UUID.randomUUID();
        Instant t0 = Instant.now();
        ObjectNode confirmed = event("BookingConfirmed", "CONFIRMED", booking, offer, t0.plusSeconds(5));
        ObjectNode requested = event("BookingRequested", "REQUESTED", booking, offer, t0);
        TestData.produce("booking-events", "offerId", confirmed, requested);
        awaitProcessed(requested);
        assertEquals("CONFIRMED", statusOf(booking));
        TestData.availability(OWNER_STAFF, offer, from, to).body("busy[0].status", equalTo("CONFIRMED"));
        given().auth().oauth2(OWNER_STAFF).queryParam("force", true).post("/offers/" + offer + "/retire")
                .then().statusCode(200).body("status", equalTo("RETIRED"));
    }

    @Test
    void blackoutMakesBusyAndNamesTheBookingsItHits() {
        UUID offer = TestData.createOffer(OWNER_STAFF, TestData.equipment("Minibagger", 51.2, 10.0));
        UUID booking = UUID.randomUUID();
        ObjectNode confirmed = event("BookingConfirmed", "CONFIRMED", booking, offer, Instant.now());
        TestData.produce("booking-events", "offerId", confirmed);
        awaitProcessed(confirmed);
        String body = "{\"start\":\"" + start.minus(2, ChronoUnit.HOURS) + "\",\"end\":\"" + start.plus(1, ChronoUnit.HOURS)
                + "\",\"reason\":\"Hydraulikschlauch tauschen\"}";
        given().auth().oauth2(OWNER_STAFF).contentType("application/json").body(body).header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers/" + offer + "/blackouts")
                .then().statusCode(201).header("Location", containsString("/blackouts/"))
                .body("hitBookings.bookingId", hasItem(booking.toString()));
        TestData.availability(BYSTANDER, offer, from, to).body("busy.source", hasItem("BLACKOUT"))
                .body("busy[0].reason", nullValue());
        given().auth().oauth2(OWNER_STAFF).contentType("application/json").body(body).header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers/" + offer + "/blackouts")
                .then().statusCode(409).body("type", equalTo("urn:problem:blackout-overlap"));
        given().auth().oauth2(BYSTANDER).contentType("application/json").body(body.replace("Hydraulik", "X"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers/" + offer + "/blackouts").then().statusCode(403);
        String reversed = "{\"start\":\"" + end + "\",\"end\":\"" + start + "\",\"reason\":\"x\"}";
        given().auth().oauth2(OWNER_STAFF).contentType("application/json").body(reversed).header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers/" + offer + "/blackouts")
                .then().statusCode(400).contentType(containsString("application/problem+json"));
    }

    @Test
    void availabilityRejectsBadWindowsAndExposesLag() {
        UUID offer = TestData.createOffer(OWNER_STAFF, TestData.equipment("Schmutzwasserpumpe", 51.2, 10.0));
        TestData.availability(OWNER_STAFF, offer, to, from).statusCode(400).contentType(containsString("application/problem+json"));
        TestData.availability(OWNER_STAFF, offer, from, from).statusCode(400).body("type", equalTo("urn:problem:invalid-period"));
        TestData.availability(OWNER_STAFF, offer, "yesterday", to).statusCode(400).body("detail", containsString("from"));
        TestData.availability(OWNER_STAFF, offer, "2026-01-01T00:00:00Z", "2029-01-01T00:00:00Z").statusCode(400);
        given().get("/q/metrics").then().statusCode(200).body(containsString("pool_projection_lag_seconds"))
                .body(containsString("pool_projection_delay_seconds"));
    }

    ObjectNode event(String type, String status, UUID booking, UUID offer, Instant occurredAt) {
        return TestData.bookingEvent(type, status, booking, offer, OWNER, REQUESTER, start, end, occurredAt);
    }

    void awaitProcessed(ObjectNode event) {
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(event) == 1L);
    }

    long processedCount(ObjectNode event) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = ?1")
                .setParameter(1, UUID.fromString(event.path("eventId").asText())).getSingleResult()).longValue());
    }

    String statusOf(UUID booking) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select status from busy_period where booking_id = ?1").setParameter(1, booking).getSingleResult());
    }
}
