package de.dienstleistungspool.portal.pages;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A calendar week (Monday to Sunday, Europe/Berlin) as the board shows it: its days' headings and its neighbours. */
public record Week(LocalDate monday) {

    private static final Locale GERMAN = Locale.GERMANY;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EE d.M.", GERMAN);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", GERMAN);
    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("d. MMMM yyyy", GERMAN);

    /** One day's column heading: short for the eye, long for screen readers ({@code abbr}). */
    public record Day(LocalDate date, String shortName, String longName, boolean today) {
    }

    /** The week containing the given date ({@code yyyy-MM-dd}), or this week if none or unreadable. */
    public static Week containing(String date, LocalDate today) {
        LocalDate d = today;
        if (date != null && !date.isBlank()) {
            try {
                d = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                d = today;
            }
        }
        return new Week(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public List<Day> days(LocalDate today) {
        List<Day> days = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            days.add(new Day(d, SHORT.format(d), LONG.format(d), d.equals(today)));
        }
        return days;
    }

    public Instant start() {
        return monday.atStartOfDay(DayPlanner.BERLIN).toInstant();
    }

    public Instant end() {
        return monday.plusDays(7).atStartOfDay(DayPlanner.BERLIN).toInstant();
    }

    public String previous() {
        return monday.minusWeeks(1).toString();
    }

    public String next() {
        return monday.plusWeeks(1).toString();
    }

    /** E.g. "6. Juli 2026 bis 12. Juli 2026". */
    public String title() {
        return TITLE.format(monday) + " bis " + TITLE.format(monday.plusDays(6));
    }
}
