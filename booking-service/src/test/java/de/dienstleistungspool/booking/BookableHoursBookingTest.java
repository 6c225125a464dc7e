package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.dispatcher;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.DeadLetters;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * booking-service holds an offer's bookable hours from its pool-events snapshot as pool-service's search does: a
 * booking starts and ends within them (across a DST change too, and it may keep the machine overnight), a request
 * outside them is refused with 409 and nothing written, a series names the occurrences outside them, an emergency at
 * night books the 24/7 offer rather than the nearer working-day one, and a later snapshot's hours apply.
 */
@QuarkusTest
class BookableHoursBookingTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Monday to Friday 07:00–16:00. */
    static Consumer<ObjectNode> workingDays() {
        return o -> hours(o, List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
    }

    static void hours(ObjectNode o, List<String> days) {
        ArrayNode hours = o.putArray("bookableHours");
        ObjectNode period = hours.addObject();
        days.forEach(period.putArray("days")::add);
        period.put("from", days.size() == 7 ? "00:00" : "07:00");
        period.put("to", days.size() == 7 ? "24:00" : "16:00");
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(BERLIN).toInstant();
    }

    @Test
    void aRequestOutsideTheHoursIsRefusedAndOneWithinThemIsBooked() {
        UUID offer = DispatchOffers.at(PoolFeed.ESCHWEGE, "MINI_EXCAVATOR", 51.188, 10.053, workingDays());
        LocalDate monday = LocalDate.now(BERLIN).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate saturday = monday.plusDays(5);
        long before = PoolFeed.count("select count(*) from booking where offer_id = ?", offer);

        Api.request(PoolFeed.WANFRIED, offer, at(saturday, 9), at(saturday, 12)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem:outside-bookable-hours"))
                .body("detail", containsString("07:00–16:00"));
        Api.request(PoolFeed.WANFRIED, offer, at(monday.plusDays(2), 15), at(monday.plusDays(2), 17)).then().statusCode(409)
                .body("type", equalTo("urn:problem:outside-bookable-hours"));
        Api.request(PoolFeed.WANFRIED, offer, at(monday.plusDays(1), 22), at(monday.plusDays(2), 8)).then().statusCode(409);
        assertEquals(before, PoolFeed.count("select count(*) from booking where offer_id = ?", offer), "nothing written");

        Api.booked(PoolFeed.WANFRIED, offer, at(monday, 7), at(monday, 16));
        // pick-up Tuesday morning, return Thursday afternoon: the nights between stay on the site
        Api.booked(PoolFeed.WANFRIED, offer, at(monday.plusDays(1), 7), at(monday.plusDays(3), 16));

        // the Monday after the change to summer time: 07:00 local is 05:00 UTC
        YearMonth march = YearMonth.of(Year.now(BERLIN).getValue() + 1, 3);
        LocalDate afterChange = march.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).plusDays(1);
        Api.booked(PoolFeed.WANFRIED, offer, at(afterChange, 7), at(afterChange, 16));
        Api.request(PoolFeed.WANFRIED, offer, at(afterChange, 6), at(afterChange, 10)).then().statusCode(409)
                .body("type", equalTo("urn:problem:outside-bookable-hours"));

        // the owner opens the offer around the clock: the next snapshot's hours apply
        ObjectNode changed = PoolFeed.offerCreated(offer, o -> {
            o.put("ownerMemberId", PoolFeed.ESCHWEGE.toString());
            o.put("category", "MINI_EXCAVATOR");
            hours(o, List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"));
        });
        PoolFeed.publish("pool-events", offer, changed, "OfferChanged");
        Api.booked(PoolFeed.WANFRIED, offer, at(saturday, 9), at(saturday, 12));
    }

    @Test
    void aSeriesNamesItsOccurrencesOutsideTheHours() {
        UUID offer = DispatchOffers.at(PoolFeed.ESCHWEGE, "PLATE_COMPACTOR", 51.188, 10.053, workingDays());
        LocalDate from = LocalDate.now(BERLIN).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Map<String, Object> series = Map.of("offerId", offer.toString(), "settlementMode", "NON_MONETARY",
                "weekly", Map.of("from", from.toString(), "until", from.plusDays(13).toString(),
                        "days", List.of("FRIDAY", "SATURDAY"), "startTime", "08:00", "endTime", "12:00", "spanDays", 0));
        as(dispatcher(PoolFeed.WITZENHAUSEN)).body(series).post("/booking-series").then().statusCode(409)
                .body("conflicts", hasSize(2)).body("conflicts.reason", everyItem(equalTo("outside-hours")))
                .body("conflicts[0].start", equalTo(at(from.plusDays(5), 8).toString()));
        as(dispatcher(PoolFeed.WITZENHAUSEN)).queryParam("skipConflicts", true).body(series).post("/booking-series")
                .then().statusCode(201).body("bookings", hasSize(2)).body("skipped", hasSize(2));
    }

    @Test
    void anEmergencyAtNightBooksTheOfferThatIsBookableAroundTheClock() {
        String category = "PUMP_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Consumer<ObjectNode> emergency = DispatchOffers.emergency("bereitschaft@eschwege.example");
        DispatchOffers.at(PoolFeed.SONTRA, category, 51.12, 10.20, emergency.andThen(workingDays()));
        UUID aroundTheClock = DispatchOffers.at(PoolFeed.ESCHWEGE, category, 51.188, 10.053, emergency);
        LocalDate saturday = LocalDate.now(BERLIN).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        Map<String, Object> body = EmergencyRequestTest.request(category, at(saturday, 23), at(saturday.plusDays(1), 5));
        as(dispatcher(PoolFeed.WANFRIED)).body(body).post("/emergency-requests").then().statusCode(201)
                .body("booking.offerId", equalTo(aroundTheClock.toString()));
    }

    @Test
    void snapshotsWithNonsenseHoursAreDeadLetteredNotApplied() {
        UUID offer = DispatchOffers.at(PoolFeed.ESCHWEGE, "LEAK_DETECTOR", 51.188, 10.053, DispatchOffers.nothing());
        ObjectNode bad = PoolFeed.offerCreated(offer, o -> {
            o.put("ownerMemberId", PoolFeed.ESCHWEGE.toString());
            o.putArray("bookableHours").addObject().put("from", "16:00").put("to", "07:00").putArray("days").add("MONDAY");
        });
        UUID eventId = PoolFeed.stamp(bad, "OfferChanged");
        PoolFeed.sendRaw("pool-events", offer.toString(), bad.toString());
        var dead = DeadLetters.keyed("booking-service.pool-events.dlq", offer.toString(), 1);
        assertTrue(DeadLetters.reason(dead.get(0)).contains("bookable hours"), DeadLetters.reason(dead.get(0)));
        assertEquals(0, PoolFeed.count("select count(*) from processed_event where event_id = ?", eventId));
        LocalDate saturday = LocalDate.now(BERLIN).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        assertEquals(null, PoolFeed.text("select weekly_minutes::text from offer where offer_id = ?", offer));
        Api.booked(PoolFeed.WANFRIED, offer, at(saturday, 9), at(saturday, 12));
    }
}
