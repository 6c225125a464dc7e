package de.dienstleistungspool.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.portal.clients.PoolApi;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The board's day status honours an offer's bookable hours: a working-day machine booked 07:00–16:00 is booked that
 * day (also after a DST change), a closed day is not in service, time outside the hours (a buffer after 16:00) does
 * not make a day partly taken; and the offer form reads what people type.
 */
class DayPlannerTest {

    static final List<PoolApi.Hours> WORKING_DAYS = List.of(new PoolApi.Hours(
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "07:00", "16:00"));

    static PoolApi.Offer offer(List<PoolApi.Hours> hours) {
        return new PoolApi.Offer(null, null, null, "EQUIPMENT", "COMPACTOR", "Rüttelplatte", null, List.of("WASTEWATER"),
                new PoolApi.Depot("Bauhof", 51.2, 10.0), "DAY", 60, List.of("MONETARY"), false, "ACTIVE", null, null,
                List.of(), null, List.of(), hours);
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(DayPlanner.BERLIN).toInstant();
    }

    static PoolApi.Busy booking(Instant start, Instant end) {
        return new PoolApi.Busy(start, end, "BOOKING", null, null, null);
    }

    @Test
    void aWorkingDayMachineIsBookedWhenItsHoursAreAcrossBothSidesOfTheDstChange() {
        LocalDate sunday = Year.now(DayPlanner.BERLIN).plusYears(1).atMonth(3).atEndOfMonth()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate monday = sunday.minusDays(6);
        List<PoolApi.Busy> busy = List.of(booking(at(monday, 7), at(monday, 16)),
                booking(at(monday.plusDays(1), 16), at(monday.plusDays(1), 17)),
                booking(at(monday.plusDays(2), 7), at(monday.plusDays(2), 12)),
                booking(at(sunday.plusDays(1), 7), at(sunday.plusDays(1), 16)));
        assertEquals(List.of(DayStatus.BOOKED, DayStatus.FREE, DayStatus.PARTLY, DayStatus.FREE, DayStatus.FREE,
                        DayStatus.OFF, DayStatus.OFF, DayStatus.BOOKED),
                DayPlanner.plan(offer(WORKING_DAYS), busy, monday, 8));
        assertEquals(List.of(DayStatus.PARTLY, DayStatus.PARTLY), DayPlanner.plan(offer(null), busy, monday, 2),
                "around the clock, 07:00–16:00 is part of the day");
    }

    @Test
    void theFormReadsWhatPeopleTypeAndTheOfferPageShortensIt() {
        List<String> typed = List.of("7:00-16:00", "07.00 bis 16.00", "07:00–16:00", "07:00–16:00", "07:00–12:00, 13:00–16:00", "", " ");
        List<PoolApi.Hours> hours = WorkingHours.parse(typed).orElseThrow();
        assertEquals(6, hours.size());
        assertEquals(new PoolApi.Hours(List.of("MONDAY"), "07:00", "16:00"), hours.get(0));
        assertEquals(Optional.empty(), WorkingHours.parse(List.of("16:00–07:00")));
        assertEquals(Optional.empty(), WorkingHours.parse(List.of("07:00–25:00")));
        assertEquals(Optional.empty(), WorkingHours.parse(List.of("morgens")));
        assertEquals(Optional.empty(), WorkingHours.parse(List.of("", "", "")));
        assertEquals("Mo–Fr 07:00–16:00", WorkingHours.workingHours(offer(WORKING_DAYS)));
        assertEquals("Mo, Di 07:00–12:00, 13:00–16:00; Sa 08:00–12:00", WorkingHours.workingHours(offer(List.of(
                new PoolApi.Hours(List.of("MONDAY", "TUESDAY"), "07:00", "12:00"),
                new PoolApi.Hours(List.of("MONDAY", "TUESDAY"), "13:00", "16:00"),
                new PoolApi.Hours(List.of("SATURDAY"), "08:00", "12:00")))));
        assertEquals(null, WorkingHours.workingHours(offer(List.of(new PoolApi.Hours(
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), "00:00", "24:00")))));
    }
}
