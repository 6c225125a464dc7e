package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.time.WeeklyHours;
import java.sql.SQLException;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the database's refusals of a booking insert into 409s: SQLSTATE BK001 offer not bookable, BK002
 * blackout and BK004 outside the offer's bookable hours, all raised by the insert trigger.
 */
final class DatabaseRefusals {

    private static final Pattern BLACKOUT = Pattern.compile("blackout (\\S+) (\\S+)");

    private DatabaseRefusals() {
    }

    /** Returns the problem for a refusal of inserting {@code b}, or rethrows anything else unchanged. */
    static RuntimeException translate(RuntimeException e, Booking b) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String message = sql.getMessage();
                if ("BK001".equals(sql.getSQLState())) {
                    return ProblemException.conflict("offer-unavailable",
                            "Offer " + b.offerId + " cannot be booked now: it is paused, retired or unknown");
                }
                if ("BK004".equals(sql.getSQLState())) {
                    return outsideHours(b, message);
                }
                if ("BK002".equals(sql.getSQLState())) {
                    Matcher m = BLACKOUT.matcher(message);
                    String period = m.find() ? m.group(1) + "/" + m.group(2) : "a blackout";
                    return ProblemException.conflict("blackout",
                            "The requested period hits the offer's blackout " + period);
                }
            }
        }
        return e;
    }

    /** The 409 for a period that does not start and end within the offer's bookable hours (named in the refusal). */
    static ProblemException outsideHours(Booking b, String refusal) {
        int at = refusal == null ? -1 : refusal.indexOf('{');
        String hours = WeeklyHours.parse(at < 0 ? null : refusal.substring(at, refusal.indexOf('}', at) + 1)).spans()
                .stream().map(s -> s.days() + " " + s.from() + "–" + s.to()).collect(Collectors.joining("; "));
        return ProblemException.conflict("outside-bookable-hours", "Offer " + b.offerId + " is bookable " + hours
                + " (Europe/Berlin); a booking starts and ends within these hours, requested " + b.startAt + "/" + b.endAt);
    }

    /** The 409 for a booking whose period is taken, naming the active booking's period and buffer it overlaps. */
    static ProblemException overlap(Booking b, String takenPeriod, int takenBufferMinutes) {
        return ProblemException.conflict("booking-overlap", "Offer " + b.offerId + " is already booked for "
                + takenPeriod + (takenBufferMinutes > 0 ? " (plus " + takenBufferMinutes + " min buffer)" : "")
                + "; requested " + b.startAt + "/" + b.endAt
                + (b.bufferMinutes > 0 ? " plus " + b.bufferMinutes + " min buffer" : ""));
    }

    /** The 409 for a booking whose offer's person (or crew) is booked elsewhere for an overlapping period. */
    static ProblemException personBooked(Booking b, String takenPeriod) {
        return ProblemException.conflict("person-booked", "The person offer " + b.offerId
                + " provides is already booked through another offer for " + takenPeriod + "; requested "
                + b.startAt + "/" + b.endAt);
    }
}
