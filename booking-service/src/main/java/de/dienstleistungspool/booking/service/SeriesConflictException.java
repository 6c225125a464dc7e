package de.dienstleistungspool.booking.service;

import java.util.List;

/**
 * Refuses a recurring booking as a whole because some of its occurrences conflict; lists every conflicting date.
 */
public class SeriesConflictException extends RuntimeException {

    private final transient List<SeriesConflict> conflicts;

    public SeriesConflictException(String detail, List<SeriesConflict> conflicts) {
        super(detail);
        this.conflicts = conflicts;
    }

    public List<SeriesConflict> conflicts() {
        return conflicts;
    }
}
