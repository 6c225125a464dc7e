package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.platform.text.SingleLine;
import de.dienstleistungspool.booking.domain.QuantityUnit;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.booking.domain.SettlementMode;
import de.dienstleistungspool.booking.service.BookingDraft;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A standby rota: either an explicit list of periods or a weekly rule on the Europe/Berlin calendar
 * (e.g. every Saturday 00:00 to Monday 00:00 from 1 July to 30 September).
 */
public record RecurringBookingRequest(
        @NotNull UUID offerId,
        @NotNull SettlementMode settlementMode,
        Sector sector,
        @Size(max = 500) @SingleLine String site,
        @Digits(integer = 11, fraction = 3) BigDecimal scopeQuantity,
        QuantityUnit scopeUnit,
        @Size(max = 2000) String note,
        @Size(max = 64) @SingleLine String externalReference,
        @Size(max = 64) @SingleLine String costCentre,
        @Size(max = 500) List<@Valid @NotNull Period> periods,
        @Valid WeeklyRule weekly) {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** One explicit occurrence. */
    public record Period(@NotNull Instant start, @NotNull Instant end) {
    }

    /**
     * Every listed weekday between {@code from} and {@code until} (inclusive, local dates), from {@code startTime}
     * on that day to {@code endTime} {@code spanDays} days later, in local time.
     */
    public record WeeklyRule(@NotNull LocalDate from, @NotNull LocalDate until, @NotEmpty Set<@NotNull DayOfWeek> days,
                             @NotNull LocalTime startTime, @NotNull LocalTime endTime, @Min(0) @Max(14) int spanDays) {

        /** Keeps the weekdays in calendar order, so equal rules have equal values (and Idempotency-Key fingerprints). */
        public WeeklyRule {
            if (days != null && !days.isEmpty() && days.stream().noneMatch(java.util.Objects::isNull)) {
                days = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(days));
            }
        }
    }

    BookingDraft template() {
        return new BookingDraft(offerId, null, null, settlementMode, sector, site, scopeQuantity, scopeUnit, note,
                externalReference, costCentre);
    }

    /** The occurrences as UTC periods. */
    List<Instant[]> occurrences() {
        if ((periods == null || periods.isEmpty()) == (weekly == null)) {
            throw ProblemException.badRequest("invalid-series", "Give either 'periods' or a 'weekly' rule, not both or neither");
        }
        if (weekly == null) {
            return periods.stream().map(p -> new Instant[] {p.start(), p.end()}).toList();
        }
        if (weekly.until().isBefore(weekly.from()) || ChronoUnit.DAYS.between(weekly.from(), weekly.until()) > 366) {
            throw ProblemException.badRequest("invalid-series", "The rule's 'until' must lie 0 to 366 days after 'from'");
        }
        List<Instant[]> out = new ArrayList<>();
        for (LocalDate d = weekly.from(); !d.isAfter(weekly.until()); d = d.plusDays(1)) {
            if (weekly.days().contains(d.getDayOfWeek())) {
                out.add(new Instant[] {d.atTime(weekly.startTime()).atZone(BERLIN).toInstant(),
                        d.plusDays(weekly.spanDays()).atTime(weekly.endTime()).atZone(BERLIN).toInstant()});
            }
        }
        return out;
    }
}
