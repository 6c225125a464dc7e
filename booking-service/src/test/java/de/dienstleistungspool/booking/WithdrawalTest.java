package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.dispatcher;
import static de.dienstleistungspool.booking.Api.worksStaff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Withdraw and re-dispatch: a blackout over a confirmed booking withdraws it, the BookingWithdrawn event names the
 * nearest free equivalent offers (same category and sector, same period), and the requester rebooks one of them in a
 * single call that keeps the original booking's reference; the owner withdraws by hand with a reason.
 */
@QuarkusTest
class WithdrawalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant DAY = Instant.now().plus(Duration.ofDays(260)).truncatedTo(ChronoUnit.DAYS);

    @Test
    void aBlackoutWithdrawsAConfirmedBookingWithEquivalentOffersWhichTheRequesterRebooksInOneCall() throws Exception {
        String category = "FLUSH_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID broken = DispatchOffers.at(PoolFeed.ESCHWEGE, category, 51.188, 10.053, DispatchOffers.nothing());
        UUID near = DispatchOffers.at(PoolFeed.SONTRA, category, 51.07, 9.93, DispatchOffers.nothing());
        UUID far = DispatchOffers.at(PoolFeed.WITZENHAUSEN, category, 51.34, 9.86, DispatchOffers.nothing());
        UUID otherCategory = DispatchOffers.at(PoolFeed.SONTRA, category + "_X", 51.19, 10.05, DispatchOffers.nothing());
        UUID busy = DispatchOffers.at(PoolFeed.WITZENHAUSEN, category, 51.18, 10.04, DispatchOffers.nothing());
        Instant start = DAY.plus(Duration.ofHours(6));
        Instant end = start.plus(Duration.ofHours(8));
        Api.booked(PoolFeed.SONTRA, busy, start.minus(Duration.ofHours(2)), start.plus(Duration.ofHours(1)));
        UUID booking = Api.booked(PoolFeed.WANFRIED, broken, start, end);
        Api.step(worksStaff(PoolFeed.ESCHWEGE), booking, "confirm", null).then().statusCode(200);

        PoolFeed.blackout(broken, PoolFeed.ESCHWEGE, start.minus(Duration.ofHours(1)), end);

        as(dispatcher(PoolFeed.WANFRIED)).get("/bookings/" + booking).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        JsonNode withdrawn = event(broken, "BookingWithdrawn");
        assertEquals("blackout", withdrawn.get("actor").asText());
        assertTrue(withdrawn.get("reason").asText().startsWith("Blackout "), withdrawn.get("reason").asText());
        List<String> alternatives = new ArrayList<>();
        withdrawn.get("alternatives").forEach(a -> alternatives.add(a.get("offerId").asText()));
        assertEquals(List.of(near.toString(), far.toString()), alternatives,
                "free offers of the same category and sector, nearest first; not the busy one, not another category");
        assertTrue(withdrawn.get("alternatives").get(0).get("distanceKm").asDouble() > 0);

        String rebooked = as(dispatcher(PoolFeed.WANFRIED))
                .body(Map.of("offerId", alternatives.get(0), "reason", "Ersatz")).post("/bookings/" + booking + "/rebook")
                .then().statusCode(201)
                .body("offerId", equalTo(near.toString()))
                .body("replacesBookingId", equalTo(booking.toString()))
                .body("start", equalTo(start.toString()))
                .body("end", equalTo(end.toString()))
                .body("status", equalTo("REQUESTED"))
                .extract().path("id");
        as(dispatcher(PoolFeed.WANFRIED)).body(Map.of("offerId", far.toString())).post("/bookings/" + booking + "/rebook")
                .then().statusCode(409).body("type", equalTo("urn:problem:already-rebooked"))
                .body("detail", containsString(rebooked));
        as(dispatcher(PoolFeed.WANFRIED)).body(Map.of("offerId", otherCategory.toString()))
                .post("/bookings/" + Api.booked(PoolFeed.WANFRIED, far, DAY.plus(Duration.ofDays(3)),
                        DAY.plus(Duration.ofDays(3)).plus(Duration.ofHours(2))) + "/rebook")
                .then().statusCode(409).body("type", equalTo("urn:problem:not-withdrawn"));
    }

    @Test
    void theOwnerWithdrawsAConfirmedBookingWithAReasonAndNobodyElseCan() {
        String category = "PUMP_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID offer = DispatchOffers.at(PoolFeed.ESCHWEGE, category, 51.188, 10.053, DispatchOffers.nothing());
        UUID booking = Api.booked(PoolFeed.WANFRIED, offer, DAY.plus(Duration.ofDays(1)), DAY.plus(Duration.ofDays(1)).plus(Duration.ofHours(4)));
        String owner = worksStaff(PoolFeed.ESCHWEGE);
        as(owner).body(Map.of("reason", "Motorschaden")).post("/bookings/" + booking + "/withdraw")
                .then().statusCode(409).body("detail", containsString("reject the request instead"));
        Api.step(owner, booking, "confirm", null).then().statusCode(200);
        as(worksStaff(PoolFeed.WANFRIED)).body(Map.of("reason", "x")).post("/bookings/" + booking + "/withdraw")
                .then().statusCode(403);
        as(owner).body(Map.of()).post("/bookings/" + booking + "/withdraw")
                .then().statusCode(400).body("type", equalTo("urn:problem:reason-required"));
        as(owner).body(Map.of("reason", "Motorschaden")).post("/bookings/" + booking + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        as(dispatcher(PoolFeed.WANFRIED)).get("/bookings/" + booking + "/history").then().statusCode(200)
                .body("[-1].to", equalTo("WITHDRAWN")).body("[-1].reason", equalTo("Motorschaden"));
        assertEquals(1, PoolFeed.count("select count(*) from booking where id = ? and status = 'WITHDRAWN'", booking));
    }

    /** The offer's event of the given type (the latest one), from the real broker. */
    static JsonNode event(UUID offer, String type) throws Exception {
        for (int attempt = 0; attempt < 60; attempt++) {
            List<ConsumerRecord<String, String>> records = BookingEventsTopic.of(offer, 1, Duration.ofSeconds(10));
            for (int i = records.size() - 1; i >= 0; i--) {
                JsonNode e = JSON.readTree(records.get(i).value());
                if (type.equals(e.get("eventType").asText())) {
                    return e;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no " + type + " event for offer " + offer);
    }
}
