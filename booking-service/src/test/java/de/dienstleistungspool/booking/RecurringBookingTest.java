package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.dispatcher;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Books a weekend standby rota for a quarter on the Europe/Berlin calendar: all-or-nothing with every conflicting
 * date reported, or skipping the conflicting dates when asked to.
 */
@QuarkusTest
class RecurringBookingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void weekendRotaForAQuarterIsAllOrNothingUnlessConflictsAreSkipped() {
        UUID offer = PoolFeed.offer(o -> {
            o.put("ownerMemberId", PoolFeed.ESCHWEGE.toString());
            o.put("kind", "STAFF_STANDBY");
            o.put("category", "WATER_MASTER_STANDBY");
            o.put("title", "Wassermeister Bereitschaft");
            o.putArray("sectors").add("WATER_SUPPLY");
            o.put("unit", "HOUR");
            o.put("bufferMinutes", 0);
        });
        LocalDate from = LocalDate.now(BERLIN).plusDays(14);
        LocalDate until = from.plusMonths(3).minusDays(1);
        LocalDate thirdSaturday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)).plusWeeks(2);
        LocalDate blackoutSaturday = thirdSaturday.plusWeeks(3);
        int saturdays = 0;
        for (LocalDate d = from; !d.isAfter(until); d = d.plusDays(1)) {
            saturdays += d.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 0;
        }
        // someone else already holds the third Saturday afternoon; the owner blocked another weekend
        Api.booked(PoolFeed.SONTRA, offer, thirdSaturday.atTime(14, 0).atZone(BERLIN).toInstant(),
                thirdSaturday.atTime(18, 0).atZone(BERLIN).toInstant());
        PoolFeed.blackout(offer, PoolFeed.ESCHWEGE, blackoutSaturday.atTime(LocalTime.NOON).atZone(BERLIN).toInstant(),
                blackoutSaturday.plusDays(1).atTime(LocalTime.NOON).atZone(BERLIN).toInstant());
        Map<String, Object> rota = Map.of("offerId", offer.toString(), "settlementMode", "NON_MONETARY",
                "weekly", Map.of("from", from.toString(), "until", until.toString(), "days", List.of("SATURDAY"),
                        "startTime", "00:00", "endTime", "00:00", "spanDays", 2));
        long before = PoolFeed.count("select count(*) from booking where offer_id = ?", offer);

        as(dispatcher(PoolFeed.WITZENHAUSEN)).body(rota).post("/booking-series").then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("conflicts", hasSize(2))
                .body("conflicts[0].start", equalTo(thirdSaturday.atStartOfDay(BERLIN).toInstant().toString()))
                .body("conflicts[0].reason", equalTo("booked"))
                .body("conflicts[1].start", equalTo(blackoutSaturday.atStartOfDay(BERLIN).toInstant().toString()))
                .body("conflicts[1].reason", equalTo("blackout"));
        assertEquals(before, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));

        var created = as(dispatcher(PoolFeed.WITZENHAUSEN)).queryParam("skipConflicts", true).body(rota)
                .post("/booking-series").then().statusCode(201)
                .body("bookings", hasSize(saturdays - 2))
                .body("skipped", hasSize(2))
                .body("bookings[0].sector", equalTo("WATER_SUPPLY"))
                .extract();
        List<String> starts = created.path("bookings.start");
        List<String> ends = created.path("bookings.end");
        for (int i = 0; i < starts.size(); i++) {
            var start = java.time.Instant.parse(starts.get(i)).atZone(BERLIN);
            var end = java.time.Instant.parse(ends.get(i)).atZone(BERLIN);
            assertEquals(DayOfWeek.SATURDAY, start.getDayOfWeek());
            assertEquals(LocalTime.MIDNIGHT, start.toLocalTime());
            assertEquals(DayOfWeek.MONDAY, end.getDayOfWeek());
            assertEquals(LocalTime.MIDNIGHT, end.toLocalTime());
        }
        String location = created.header("Location");
        as(dispatcher(PoolFeed.WITZENHAUSEN)).get(location).then().statusCode(200).body("bookings", hasSize(saturdays - 2));
        as(dispatcher(PoolFeed.SONTRA)).get(location).then().statusCode(404);
    }

    @Test
    void explicitPeriodsThatOverlapEachOtherAreRefused() {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 60);
        var start = LocalDate.now(BERLIN).plusDays(20).atTime(8, 0).atZone(BERLIN).toInstant();
        Map<String, Object> body = Map.of("offerId", offer.toString(), "settlementMode", "MONETARY",
                "periods", List.of(Map.of("start", start.toString(), "end", start.plus(Duration.ofHours(4)).toString()),
                        Map.of("start", start.plus(Duration.ofHours(4).plusMinutes(30)).toString(),
                                "end", start.plus(Duration.ofHours(6)).toString())));
        as(dispatcher(PoolFeed.WITZENHAUSEN)).body(body).post("/booking-series").then().statusCode(400)
                .body("type", equalTo("urn:problem:series-overlaps-itself"));
        assertEquals(0, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
    }
}
