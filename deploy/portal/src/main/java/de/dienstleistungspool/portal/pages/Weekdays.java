package de.dienstleistungspool.portal.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The weekdays for the rota form ({@code inject:weekdays.all}): the code booking-service takes and the German name. */
@ApplicationScoped
@Named("weekdays")
public class Weekdays {

    /** A weekday as a checkbox shows it. */
    public record Day(String code, String name) {
    }

    private static final List<Day> ALL = Arrays.stream(DayOfWeek.values())
            .map(d -> new Day(d.name(), d.getDisplayName(TextStyle.FULL, Locale.GERMANY))).toList();

    public List<Day> all() {
        return ALL;
    }
}
