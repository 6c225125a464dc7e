package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.platform.problem.ProblemException;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the booking insert trigger's refusals (SQLSTATE BK001 offer not bookable, BK002 blackout) into 409s.
 */
final class DatabaseRefusals {

    private static final Pattern BLACKOUT = Pattern.compile("blackout (\\S+) (\\S+)");

    private DatabaseRefusals() {
    }

    /** Returns the problem for a trigger refusal, or rethrows anything else unchanged. */
    static RuntimeException translate(RuntimeException e, UUID offerId) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String message = sql.getMessage();
                if ("BK001".equals(sql.getSQLState())) {
                    return ProblemException.conflict("offer-unavailable",
                            "Offer " + offerId + " cannot be booked now: it is paused, retired or unknown");
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
}
