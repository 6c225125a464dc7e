package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.dispatcher;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Emergency requests: on a Saturday night the nearest free offer whose owner allows emergency use is booked and
 * confirmed at once (not a nearer one without emergency use, not a busy one); when none is free the answer names the
 * offers that become free soonest.
 */
@QuarkusTest
class EmergencyRequestTest {

    /** Next Saturday, 23:00 in Wanfried. */
    private static final Instant SATURDAY_NIGHT = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(7)
            .with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).atTime(LocalTime.of(23, 0))
            .atZone(ZoneId.of("Europe/Berlin")).toInstant();

    @Test
    void aSaturdayNightEmergencyBooksTheNearestFreeEmergencyEnabledOfferConfirmed() throws Exception {
        String category = "PUMP_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        DispatchOffers.at(PoolFeed.SONTRA, category, 51.12, 10.20, DispatchOffers.nothing()); // nearest, no emergency use
        UUID busy = DispatchOffers.at(PoolFeed.WITZENHAUSEN, category, 51.13, 10.19, DispatchOffers.emergency("bereitschaft@witzenhausen.example"));
        UUID free = DispatchOffers.at(PoolFeed.ESCHWEGE, category, 51.188, 10.053, DispatchOffers.emergency("rufbereitschaft@eschwege.example"));
        UUID farther = DispatchOffers.at(PoolFeed.WITZENHAUSEN, category, 51.34, 9.86, DispatchOffers.emergency("bereitschaft@witzenhausen.example"));
        Instant end = SATURDAY_NIGHT.plus(Duration.ofHours(8));
        Api.booked(PoolFeed.SONTRA, busy, SATURDAY_NIGHT.minus(Duration.ofHours(3)), SATURDAY_NIGHT.plus(Duration.ofHours(2)));

        String booking = as(dispatcher(PoolFeed.WANFRIED)).body(request(category, SATURDAY_NIGHT, end))
                .post("/emergency-requests").then().statusCode(201)
                .body("booking.offerId", equalTo(free.toString()))
                .body("booking.status", equalTo("CONFIRMED"))
                .body("booking.emergency", equalTo(true))
                .body("onCall.phone", equalTo("+49 5651 304-111"))
                .extract().path("booking.id");
        as(dispatcher(PoolFeed.WANFRIED)).get("/bookings/" + booking + "/history").then()
                .body("[1].actor", equalTo("emergency")).body("[1].to", equalTo("CONFIRMED"));
        JsonNode confirmed = WithdrawalTest.event(free, "BookingConfirmed");
        assertTrue(confirmed.get("emergency").asBoolean());

        as(dispatcher(PoolFeed.WANFRIED)).body(request(category, SATURDAY_NIGHT, end)).post("/emergency-requests")
                .then().statusCode(201).body("booking.offerId", equalTo(farther.toString()));
        var none = as(dispatcher(PoolFeed.WANFRIED)).body(request(category, SATURDAY_NIGHT, end)).post("/emergency-requests")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:problem:no-emergency-offer-free"))
                .body("nextFree", hasSize(3)).extract();
        assertEquals(busy.toString(), none.path("nextFree[0].offerId"), "the busy one frees soonest");
    }

    static Map<String, Object> request(String category, Instant start, Instant end) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("sector", "WASTEWATER");
        body.put("latitude", 51.18);
        body.put("longitude", 10.19);
        body.put("site", "Wanfried, Rohrbruch Marktstraße");
        body.put("start", start.toString());
        body.put("end", end.toString());
        body.put("settlementMode", "MONETARY");
        return body;
    }
}
