package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.dispatcher;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import de.dienstleistungspool.booking.service.Waitlist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The waitlist: a cancellation hands the slot to the first entry as a HELD booking, expiry passes it to the next,
 * the member claims it; sixteen hand-overs of one freed slot at once (as several instances would) hold it once, and so
 * does a cancellation raced by fifteen requests for the period it frees; a booking completed early frees its rest.
 */
@QuarkusTest
class WaitlistTest {

    private static final Instant DAY = Instant.now().plus(Duration.ofDays(220)).truncatedTo(ChronoUnit.DAYS);

    @Inject
    Waitlist waitlist;

    @Test
    void aCancellationHandsTheSlotToTheFirstEntryAndExpiryPassesItOn() {
        UUID offer = DispatchOffers.at(PoolFeed.ESCHWEGE, "SEWER_FLUSHING", 51.188, 10.053, DispatchOffers.nothing());
        Instant start = DAY.plus(Duration.ofHours(6));
        Instant end = start.plus(Duration.ofHours(8));
        UUID taken = Api.booked(PoolFeed.WANFRIED, offer, start, end);
        as(dispatcher(PoolFeed.SONTRA)).body(entry(offer, start.plus(Duration.ofHours(10)), end.plus(Duration.ofHours(10))))
                .post("/waitlist-entries").then().statusCode(409).body("type", equalTo("urn:problem:period-free"));
        String first = join(PoolFeed.SONTRA, offer, start, end);
        String second = join(PoolFeed.WITZENHAUSEN, offer, start.plus(Duration.ofHours(1)), end);

        Api.step(dispatcher(PoolFeed.WANFRIED), taken, "cancel", "entfällt").then().statusCode(200);

        String held = as(dispatcher(PoolFeed.SONTRA)).get("/waitlist-entries/" + first).then().statusCode(200)
                .body("status", equalTo("OFFERED")).extract().path("bookingId");
        as(dispatcher(PoolFeed.SONTRA)).get("/bookings/" + held).then().statusCode(200)
                .body("status", equalTo("HELD")).body("consumerMemberId", equalTo(PoolFeed.SONTRA.toString()));
        assertNotNull(as(dispatcher(PoolFeed.SONTRA)).get("/bookings/" + held).path("holdExpiresAt"));
        as(dispatcher(PoolFeed.WITZENHAUSEN)).get("/waitlist-entries/" + second).then().body("status", equalTo("WAITING"));
        Api.request(PoolFeed.WANFRIED, offer, start, end).then().statusCode(409); // the held slot occupies the offer

        PoolFeed.execute("update booking set hold_expires_at = now() - interval '1 second' where id = ?", UUID.fromString(held));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                "OFFERED".equals(as(dispatcher(PoolFeed.WITZENHAUSEN)).get("/waitlist-entries/" + second).path("status")));
        as(dispatcher(PoolFeed.SONTRA)).get("/bookings/" + held).then().body("status", equalTo("EXPIRED"));
        as(dispatcher(PoolFeed.SONTRA)).get("/waitlist-entries/" + first).then().body("status", equalTo("LAPSED"));
        String next = as(dispatcher(PoolFeed.WITZENHAUSEN)).get("/waitlist-entries/" + second).path("bookingId");
        as(dispatcher(PoolFeed.SONTRA)).post("/bookings/" + held + "/claim").then().statusCode(409);
        as(dispatcher(PoolFeed.WITZENHAUSEN)).post("/bookings/" + next + "/claim").then().statusCode(200)
                .body("status", equalTo("REQUESTED"));
        as(dispatcher(PoolFeed.WITZENHAUSEN)).get("/waitlist-entries/" + second).then().body("status", equalTo("CLAIMED"));
        assertEquals(List.of("BookingRequested", "BookingCancelled", "BookingHeld", "BookingHoldExpired", "BookingHeld",
                "BookingRequested"), BookingEventsTopic.types(offer, 6));
    }

    @Test
    void sixteenConcurrentHandOversOfOneFreedSlotHoldItExactlyOnceForTheFirstEntry() throws Exception {
        UUID offer = DispatchOffers.at(PoolFeed.ESCHWEGE, "SEWER_FLUSHING", 51.188, 10.053, DispatchOffers.nothing());
        UUID[] members = {PoolFeed.SONTRA, PoolFeed.WITZENHAUSEN, PoolFeed.WANFRIED};
        int rounds = 10;
        for (int round = 0; round < rounds; round++) {
            Instant start = DAY.plus(Duration.ofDays(2 + round));
            Instant end = start.plus(Duration.ofHours(8));
            UUID taken = Api.booked(PoolFeed.WANFRIED, offer, start, end);
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                UUID member = members[i % 2];
                entries.add(join(member, offer, start.plus(Duration.ofMinutes(i)), end));
            }
            // the slot frees without a hand-over (as if the event were processed elsewhere), then 16 race for it
            PoolFeed.execute("update booking set status = 'CANCELLED' where id = ?", taken);
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> QuarkusTransaction.requiringNew().call(() -> waitlist.handOver(offer, start, end).size()));
            }
            Map<Integer, Long> held = Race.run(calls);
            assertEquals(Map.of(1, 1L, 0, 15L), held, "round " + round);
            assertEquals(1, PoolFeed.count("select count(*) from booking where offer_id = ? and status = 'HELD' and start_at >= ? and start_at < ?",
                    offer, utc(start), utc(end)));
            assertEquals(1, PoolFeed.count("select count(*) from waitlist_entry where id = ? and status = 'OFFERED'",
                    UUID.fromString(entries.get(0))), "the first entry wins, round " + round);
            assertEquals(15, PoolFeed.count("select count(*) from waitlist_entry where offer_id = ? and status = 'WAITING' "
                    + "and start_at >= ? and start_at < ?", offer, utc(start), utc(end)), "round " + round);
        }
        assertEquals(0, Race.overlappingActivePairs());
        System.out.println("WaitlistTest race: " + rounds + " rounds of 16 concurrent hand-overs, one HELD booking each");
    }

    @Test
    void aCancellationRacedByFifteenRequestsForTheFreedPeriodLeavesExactlyOneHeldBooking() throws Exception {
        UUID offer = DispatchOffers.at(PoolFeed.ESCHWEGE, "SEWER_FLUSHING", 51.188, 10.053, DispatchOffers.nothing());
        UUID[] others = {PoolFeed.WITZENHAUSEN, PoolFeed.SONTRA};
        int rounds = 5;
        for (int round = 0; round < rounds; round++) {
            Instant start = DAY.plus(Duration.ofDays(20 + round)).plus(Duration.ofHours(6));
            Instant end = start.plus(Duration.ofHours(8));
            UUID taken = Api.booked(PoolFeed.WANFRIED, offer, start, end);
            String first = join(PoolFeed.SONTRA, offer, start, end);
            // the holder cancels while fifteen dispatchers request the period it frees, all at once over HTTP
            List<Callable<Integer>> calls = new ArrayList<>();
            calls.add(() -> Api.step(dispatcher(PoolFeed.WANFRIED), taken, "cancel", "entfällt").statusCode());
            for (int i = 0; i < 15; i++) {
                UUID member = others[i % 2];
                calls.add(() -> Api.request(member, offer, start, end).statusCode());
            }
            assertEquals(Map.of(200, 1L, 409, 15L), Race.run(calls), "round " + round);
            assertEquals(1, PoolFeed.count("select count(*) from booking where offer_id = ? and start_at = ? "
                    + "and status in ('HELD', 'REQUESTED', 'CONFIRMED', 'IN_USE')", offer, utc(start)), "round " + round);
            as(dispatcher(PoolFeed.SONTRA)).get("/waitlist-entries/" + first).then().body("status", equalTo("OFFERED"));
        }
        assertEquals(0, Race.overlappingActivePairs());
        System.out.println("WaitlistTest race: " + rounds + " rounds of a cancellation against 15 requests for the freed "
                + "period, the waitlist's HELD booking each");
    }

    @Test
    void aBookingCompletedBeforeItsEndHandsTheRestOfThePeriodToTheWaitlist() {
        UUID offer = DispatchOffers.at(PoolFeed.ESCHWEGE, "SEWER_FLUSHING", 51.188, 10.053, DispatchOffers.nothing());
        // a booking that began an hour ago: pick-up is accepted at most booking.start-lead (24 h) before the period
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
        Instant end = start.plus(Duration.ofHours(8));
        String owner = Api.worksStaff(PoolFeed.ESCHWEGE);
        UUID running = Api.booked(PoolFeed.WANFRIED, offer, start, end);
        Api.step(owner, running, "confirm", null).then().statusCode(200);
        Api.step(owner, running, "start", null).then().statusCode(200);
        String entry = join(PoolFeed.SONTRA, offer, start.plus(Duration.ofHours(4)), end);

        as(owner).body(Map.of("usage", Map.of("quantity", 3, "unit", "HOUR"))).post("/bookings/" + running + "/complete")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));

        String held = as(dispatcher(PoolFeed.SONTRA)).get("/waitlist-entries/" + entry).then().statusCode(200)
                .body("status", equalTo("OFFERED")).extract().path("bookingId");
        as(dispatcher(PoolFeed.SONTRA)).get("/bookings/" + held).then().body("status", equalTo("HELD"))
                .body("start", equalTo(start.plus(Duration.ofHours(4)).toString()));
    }

    private static java.time.OffsetDateTime utc(Instant at) {
        return at.atOffset(java.time.ZoneOffset.UTC);
    }

    private static Map<String, Object> entry(UUID offer, Instant start, Instant end) {
        Map<String, Object> body = new HashMap<>(Api.body(offer, start, end));
        body.put("expiresAt", start.toString());
        return body;
    }

    private static String join(UUID member, UUID offer, Instant start, Instant end) {
        return as(dispatcher(member)).body(entry(offer, start, end)).post("/waitlist-entries").then().statusCode(201)
                .body("status", equalTo("WAITING")).extract().path("id");
    }
}
