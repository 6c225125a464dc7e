package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.platform.problem.ProblemException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the database's refusals of a booking insert into 409s: SQLSTATE BK001 offer not bookable and BK002
 * blackout, both raised by the insert trigger.
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
