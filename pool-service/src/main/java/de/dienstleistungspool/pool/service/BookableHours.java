package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.time.WeeklyHours;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.DayOfWeek;
import java.util.List;

/**
 * One period of an offer's bookable hours as owners write and everyone reads it: on these days from {@code from} to
 * {@code to}, local time of the county (Europe/Berlin), {@code 24:00} being the end of the day.
 */
public record BookableHours(
        @NotEmpty List<@NotNull DayOfWeek> days,
        @NotNull @Pattern(regexp = WeeklyHours.TIME_PATTERN, message = "must be a time HH:mm from 00:00 to 24:00") String from,
        @NotNull @Pattern(regexp = WeeklyHours.TIME_PATTERN, message = "must be a time HH:mm from 00:00 to 24:00") String to) {

    /** The stored form of the periods (null: around the clock); 400 {@code invalid-bookable-hours} for nonsense. */
    static String stored(List<BookableHours> periods) {
        try {
            return WeeklyHours.of(periods.stream().map(p -> new WeeklyHours.Span(p.days(), p.from(), p.to())).toList())
                    .multirange();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-bookable-hours", "bookableHours: " + e.getMessage());
        }
    }

    /** The periods of a stored pattern, days with the same hours together. */
    static List<BookableHours> of(String stored) {
        return WeeklyHours.parse(stored).spans().stream().map(s -> new BookableHours(s.days(), s.from(), s.to())).toList();
    }
}
