package de.dienstleistungspool.booking;

import static org.hamcrest.Matchers.containsString;
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
 * One person offered in two standby offers is never booked twice at the same time: the database refuses it (an
 * exclusion constraint over the owner's person and the period), also when both offers are raced at once.
 */
@QuarkusTest
class PersonDoubleBookingTest {

    private static final Instant DAY = Instant.now().plus(Duration.ofDays(240)).truncatedTo(ChronoUnit.DAYS);

    @Test
    void aPersonOfferedInTwoOffersRacedFromBothSidesIsBookedOnce() throws Exception {
        UUID person = UUID.randomUUID();
        UUID holidayCover = DispatchOffers.at(PoolFeed.ESCHWEGE, "WASSERMEISTER", 51.188, 10.053,
                DispatchOffers.person(person, "Wassermeister K."));
        UUID onCall = DispatchOffers.at(PoolFeed.ESCHWEGE, "ON_CALL_DUTY", 51.188, 10.053,
                DispatchOffers.person(person, "Wassermeister K."));
        Api.booked(PoolFeed.WANFRIED, holidayCover, DAY, DAY.plus(Duration.ofHours(8)));
        Api.request(PoolFeed.SONTRA, onCall, DAY.plus(Duration.ofHours(4)), DAY.plus(Duration.ofHours(12)))
                .then().statusCode(409).body("detail", containsString("person"));
        Api.booked(PoolFeed.SONTRA, onCall, DAY.plus(Duration.ofHours(8)), DAY.plus(Duration.ofHours(12)));

        UUID[] requesters = {PoolFeed.WANFRIED, PoolFeed.SONTRA, PoolFeed.WITZENHAUSEN};
        int rounds = 20;
        for (int round = 0; round < rounds; round++) {
            Instant pivot = DAY.plus(Duration.ofDays(1 + round)).plus(Duration.ofHours(12));
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                UUID offer = i % 2 == 0 ? holidayCover : onCall;
                UUID member = requesters[i % 3];
                Instant from = pivot.minus(Duration.ofMinutes(30 + 20L * i));
                Instant to = pivot.plus(Duration.ofMinutes(30 + 15L * i));
                calls.add(() -> Api.request(member, offer, from, to).statusCode());
            }
            assertEquals(Map.of(201, 1L, 409, 15L), Race.run(calls), "round " + round);
        }
        assertEquals(0, Race.overlappingActivePairs());
        assertEquals(0, PoolFeed.count("""
                select count(*) from booking a join booking b on a.id < b.id and a.person_id = b.person_id
                   and a.occupied && b.occupied where a.person_id = ?
                   and a.status in ('REQUESTED', 'CONFIRMED', 'IN_USE') and b.status in ('REQUESTED', 'CONFIRMED', 'IN_USE')
                """, person));
        System.out.println("PersonDoubleBookingTest race: " + rounds + " rounds of 16 requests over two offers of one person, one booked each");
    }
}
