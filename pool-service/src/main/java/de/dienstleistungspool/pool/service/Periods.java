package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Parses and checks the half-open periods [start, end) callers give: both set, end after start, not too long. */
public final class Periods {

    /** The longest period any request may span. */
    public static final Duration LONGEST = Duration.ofDays(366);

    private Periods() {
    }

    public static void check(String what, Instant start, Instant end) {
        if (start == null || end == null) {
            throw ProblemException.badRequest("invalid-period", what + " needs both a start and an end");
        }
        if (!end.isAfter(start)) {
            throw ProblemException.badRequest("invalid-period",
                    what + " must end after it starts (got " + start + " – " + end + ")");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw ProblemException.badRequest("invalid-period", what + " may span at most 366 days");
        }
    }

    /** Parses an ISO 8601 instant from a query parameter, naming the parameter when it is missing or malformed. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("missing-parameter", "Query parameter '" + name + "' is required (ISO 8601 instant, e.g. 2026-07-01T06:00:00Z)");
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-parameter", "Query parameter '" + name + "' is not an ISO 8601 instant: '" + value + "'");
        }
    }
}
