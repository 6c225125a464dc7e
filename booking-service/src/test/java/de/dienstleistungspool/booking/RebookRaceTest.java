package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.dispatcher;
import static de.dienstleistungspool.booking.Api.worksStaff;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Rebooking raced: sixteen requesters whose bookings were withdrawn rebook the same free offer at once (one wins),
 * and one withdrawn booking rebooked sixteen times at once onto different offers is replaced once.
 */
@QuarkusTest
class RebookRaceTest {

    private static final Instant DAY = Instant.now().plus(Duration.ofDays(140)).truncatedTo(ChronoUnit.DAYS);
    private static final UUID[] REQUESTERS = {PoolFeed.WANFRIED, PoolFeed.SONTRA};

    @Test
    void sixteenRebookingsOfOneOfferAtOnceBookItOnceAndOneWithdrawnBookingIsReplacedOnce() throws Exception {
        String category = "RACE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<UUID> offers = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            offers.add(DispatchOffers.at(PoolFeed.ESCHWEGE, category, 51.1 + i / 100.0, 10.0, DispatchOffers.nothing()));
        }
        UUID target = offers.get(16);
        String owner = worksStaff(PoolFeed.ESCHWEGE);
        int rounds = 5;
        for (int round = 0; round < rounds; round++) {
            Instant start = DAY.plus(Duration.ofDays(round)).plus(Duration.ofHours(6));
            Instant end = start.plus(Duration.ofHours(8));
            List<UUID> withdrawn = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                withdrawn.add(withdrawnBooking(REQUESTERS[i % 2], offers.get(i), start, end, owner));
            }
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                UUID booking = withdrawn.get(i);
                UUID requester = REQUESTERS[i % 2];
                calls.add(() -> as(dispatcher(requester)).body(Map.of("offerId", target.toString()))
                        .post("/bookings/" + booking + "/rebook").statusCode());
            }
            assertEquals(Map.of(201, 1L, 409, 15L), Race.run(calls), "round " + round);
        }

        Instant start = DAY.plus(Duration.ofDays(rounds + 1));
        Instant end = start.plus(Duration.ofHours(4));
        UUID original = withdrawnBooking(PoolFeed.WANFRIED, target, start, end, owner);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            UUID offer = offers.get(i);
            calls.add(() -> as(dispatcher(PoolFeed.WANFRIED)).body(Map.of("offerId", offer.toString()))
                    .post("/bookings/" + original + "/rebook").statusCode());
        }
        assertEquals(Map.of(201, 1L, 409, 15L), Race.run(calls));
        assertEquals(1, PoolFeed.count("select count(*) from booking where replaces_booking_id = ?", original));
        assertEquals(0, Race.overlappingActivePairs());
        System.out.println("RebookRaceTest race: " + rounds + " rounds of 16 rebookings onto one offer and 16 rebookings "
                + "of one withdrawn booking, one 201 each");
    }

    private static UUID withdrawnBooking(UUID requester, UUID offer, Instant start, Instant end, String owner) {
        UUID booking = Api.booked(requester, offer, start, end);
        Api.step(owner, booking, "confirm", null).then().statusCode(200);
        as(owner).body(Map.of("reason", "Ausfall")).post("/bookings/" + booking + "/withdraw").then().statusCode(200);
        return booking;
    }
}
