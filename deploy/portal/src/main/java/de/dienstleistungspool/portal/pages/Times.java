package de.dienstleistungspool.portal.pages;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Instants as people in the county read and type them: Europe/Berlin local time, German format for reading
 * ({@code {booking.start.local}} in templates), {@code yyyy-MM-ddTHH:mm} for date-time inputs.
 */
public final class Times {

    private static final DateTimeFormatter READ = DateTimeFormatter.ofPattern("EE d.M.yyyy, HH:mm", Locale.GERMANY);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy", Locale.GERMANY);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Times() {
    }

    /** E.g. "Mo. 6.7.2026, 08:00" (Berlin time). */
    @TemplateExtension
    public static String local(Instant instant) {
        return instant == null ? "" : READ.format(instant.atZone(DayPlanner.BERLIN));
    }

    /** A calendar day, e.g. "31.1.2027". */
    @TemplateExtension
    public static String german(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** The value of a {@code datetime-local} input for this instant (Berlin time). */
    @TemplateExtension
    public static String input(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(DayPlanner.BERLIN));
    }

    /** A {@code datetime-local} value (Berlin time) as an instant; empty if missing or unreadable. */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.strip()).atZone(DayPlanner.BERLIN).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Today at the given hour, Berlin time, as an instant (for default search windows). */
    public static Instant todayAt(int daysAhead, int hour) {
        return ZonedDateTime.now(DayPlanner.BERLIN).toLocalDate().plusDays(daysAhead).atTime(hour, 0)
                .atZone(DayPlanner.BERLIN).toInstant();
    }
}
