package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.dispatcher;
import static de.dienstleistungspool.booking.Api.worksStaff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
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
 * Extensions: into a free period granted at once when the offer confirms automatically, otherwise by the owner; into
 * a booked period 409 naming the next booking; raced against new bookings of the freed time, exactly one wins.
 */
@QuarkusTest
class ExtensionTest {

    private static final Instant DAY = Instant.now().plus(Duration.ofDays(200)).truncatedTo(ChronoUnit.DAYS);

    @Test
    void anExtensionIntoAFreePeriodSucceedsAndIntoABookedOneAnswers409NamingTheNextBooking() {
        UUID offer = DispatchOffers.at(PoolFeed.ESCHWEGE, "SEWER_FLUSHING", 51.188, 10.053, DispatchOffers.autoConfirm());
        Instant start = DAY.plus(Duration.ofHours(6));
        UUID first = Api.booked(PoolFeed.WANFRIED, offer, start, start.plus(Duration.ofHours(4)));
        UUID next = Api.booked(PoolFeed.SONTRA, offer, start.plus(Duration.ofHours(8)), start.plus(Duration.ofHours(10)));
        String requester = dispatcher(PoolFeed.WANFRIED);

        as(requester).body(Map.of("end", start.plus(Duration.ofHours(6)).toString(), "reason", "dauert länger"))
                .post("/bookings/" + first + "/extend").then().statusCode(200)
                .body("end", equalTo(start.plus(Duration.ofHours(6)).toString())).body("requestedEnd", nullValue());
        as(requester).body(Map.of("end", start.plus(Duration.ofHours(9)).toString()))
                .post("/bookings/" + first + "/extend").then().statusCode(409)
                .body("type", equalTo("urn:problem:extension-conflict"))
                .body("detail", containsString(next.toString()));
        as(requester).get("/bookings/" + first).then().body("end", equalTo(start.plus(Duration.ofHours(6)).toString()));
        as(dispatcher(PoolFeed.SONTRA)).body(Map.of("end", start.plus(Duration.ofHours(12)).toString()))
                .post("/bookings/" + first + "/extend").then().statusCode(404);
        as(worksStaff(PoolFeed.ESCHWEGE)).body(Map.of("end", start.plus(Duration.ofHours(7)).toString()))
                .post("/bookings/" + first + "/extend").then().statusCode(403);
        assertEquals(List.of("BookingRequested", "BookingConfirmed", "BookingRequested", "BookingConfirmed", "BookingExtended"),
                BookingEventsTopic.types(offer, 5));
    }

    @Test
    void withoutAutoConfirmTheOwnerDecidesOnTheExtension() {
        UUID offer = DispatchOffers.at(PoolFeed.ESCHWEGE, "SEWER_FLUSHING", 51.188, 10.053, DispatchOffers.nothing());
        Instant start = DAY.plus(Duration.ofDays(1));
        UUID booking = Api.booked(PoolFeed.WANFRIED, offer, start, start.plus(Duration.ofHours(4)));
        String owner = worksStaff(PoolFeed.ESCHWEGE);
        Api.step(owner, booking, "confirm", null).then().statusCode(200);
        Instant later = start.plus(Duration.ofHours(7));
        as(dispatcher(PoolFeed.WANFRIED)).body(Map.of("end", later.toString())).post("/bookings/" + booking + "/extend")
                .then().statusCode(200).body("end", equalTo(start.plus(Duration.ofHours(4)).toString()))
                .body("requestedEnd", equalTo(later.toString()));
        as(owner).body(Map.of("reason", "passt")).post("/bookings/" + booking + "/extension/confirm")
                .then().statusCode(200).body("end", equalTo(later.toString())).body("requestedEnd", nullValue());
        as(owner).post("/bookings/" + booking + "/extension/reject").then().statusCode(409)
                .body("type", equalTo("urn:problem:no-extension-requested"));
    }

    @Test
    void anExtensionRacedAgainstFifteenRequestsForTheTimeAfterItLetsExactlyOneWin() throws Exception {
        UUID offer = DispatchOffers.at(PoolFeed.ESCHWEGE, "SEWER_FLUSHING", 51.188, 10.053, DispatchOffers.autoConfirm());
        UUID[] others = {PoolFeed.SONTRA, PoolFeed.WITZENHAUSEN};
        int extended = 0;
        for (int round = 0; round < 10; round++) {
            Instant start = DAY.plus(Duration.ofDays(3 + round));
            UUID booking = Api.booked(PoolFeed.WANFRIED, offer, start, start.plus(Duration.ofHours(2)));
            List<Callable<Integer>> calls = new ArrayList<>();
            calls.add(() -> as(dispatcher(PoolFeed.WANFRIED)).body(Map.of("end", start.plus(Duration.ofHours(6)).toString()))
                    .post("/bookings/" + booking + "/extend").statusCode());
            for (int i = 0; i < 15; i++) {
                UUID member = others[i % 2];
                calls.add(() -> Api.request(member, offer, start.plus(Duration.ofHours(4)), start.plus(Duration.ofHours(5))).statusCode());
            }
            Map<Integer, Long> answers = Race.run(calls);
            long winners = answers.getOrDefault(200, 0L) + answers.getOrDefault(201, 0L);
            assertEquals(1, winners, "round " + round + ": " + answers);
            assertEquals(15, answers.getOrDefault(409, 0L), "round " + round + ": " + answers);
            extended += answers.getOrDefault(200, 0L);
        }
        assertEquals(0, Race.overlappingActivePairs());
        System.out.println("ExtensionTest race: the extension won " + extended + " of 10 rounds, a new booking the others");
    }
}
