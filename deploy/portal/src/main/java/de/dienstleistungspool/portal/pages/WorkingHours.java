package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.PoolApi;
import io.quarkus.qute.TemplateExtension;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offer's bookable hours as people in the county read and type them: one line per weekday ("07:00–16:00", several
 * periods separated by commas, empty for a closed day), a short reading ("Mo–Fr 07:00–16:00"), and the open periods
 * of one calendar day for the board.
 */
public final class WorkingHours {

    /** The pattern pool-service answers for an offer bookable at any hour. */
    static final String ALL_DAY_FROM = "00:00";
    static final String ALL_DAY_TO = "24:00";

    private static final Pattern PERIOD = Pattern.compile("\\s*(\\d{1,2})[:.](\\d{2})\\s*(?:-|–|bis)\\s*(\\d{1,2})[:.](\\d{2})\\s*");

    private WorkingHours() {
    }

    /** One weekday of the form: its code, German name and what the field holds. */
    public record Day(String code, String name, String value) {
    }

    /** Whether the hours are around the clock (also when pool-service names none). */
    public static boolean aroundTheClock(List<PoolApi.Hours> hours) {
        return hours == null || hours.isEmpty() || hours.size() == 1 && hours.get(0).days().size() == 7
                && ALL_DAY_FROM.equals(hours.get(0).from()) && ALL_DAY_TO.equals(hours.get(0).to());
    }

    /** The seven form rows, Monday first; all empty for around the clock. */
    static List<Day> days(List<PoolApi.Hours> hours) {
        Map<DayOfWeek, List<String>> byDay = byDay(aroundTheClock(hours) ? List.of() : hours);
        return java.util.Arrays.stream(DayOfWeek.values())
                .map(d -> new Day(d.name(), name(d), String.join(", ", byDay.get(d)))).toList();
    }

    /** The form rows as typed (seven values, Monday first). */
    static List<Day> typed(List<String> values) {
        List<Day> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            int i = d.getValue() - 1;
            days.add(new Day(d.name(), name(d), values != null && i < values.size() && values.get(i) != null ? values.get(i) : ""));
        }
        return days;
    }

    /** The periods of the seven rows (Monday first) for pool-service; empty if a row cannot be read or all are empty. */
    static Optional<List<PoolApi.Hours>> parse(List<String> values) {
        List<PoolApi.Hours> hours = new ArrayList<>();
        for (Day day : typed(values)) {
            if (day.value().isBlank()) {
                continue;
            }
            for (String part : day.value().split("[,;]")) {
                Matcher m = PERIOD.matcher(part);
                if (!m.matches() || minutes(m.group(3), m.group(4)) <= minutes(m.group(1), m.group(2))
                        || minutes(m.group(3), m.group(4)) > 24 * 60 || Integer.parseInt(m.group(2)) > 59
                        || Integer.parseInt(m.group(4)) > 59) {
                    return Optional.empty();
                }
                hours.add(new PoolApi.Hours(List.of(day.code()), time(m.group(1), m.group(2)), time(m.group(3), m.group(4))));
            }
        }
        return hours.isEmpty() ? Optional.empty() : Optional.of(hours);
    }

    /** A short German reading, e.g. "Mo–Fr 07:00–16:00; Sa 08:00–12:00", or null for around the clock. */
    @TemplateExtension
    public static String workingHours(PoolApi.Offer offer) {
        if (aroundTheClock(offer.bookableHours())) {
            return null;
        }
        Map<String, List<DayOfWeek>> byPeriods = new LinkedHashMap<>();
        byDay(offer.bookableHours()).forEach((day, periods) -> {
            if (!periods.isEmpty()) {
                byPeriods.computeIfAbsent(String.join(", ", periods), k -> new ArrayList<>()).add(day);
            }
        });
        List<String> parts = new ArrayList<>();
        byPeriods.forEach((periods, days) -> parts.add(dayRanges(days) + " " + periods));
        return String.join("; ", parts);
    }

    /** The open periods of a calendar day (Europe/Berlin), or null when the offer is bookable around the clock. */
    static List<Instant[]> open(List<PoolApi.Hours> hours, LocalDate day) {
        if (aroundTheClock(hours)) {
            return null;
        }
        List<Instant[]> open = new ArrayList<>();
        for (PoolApi.Hours h : hours) {
            if (h.days().contains(day.getDayOfWeek().name())) {
                open.add(new Instant[] {at(day, h.from()), at(day, h.to())});
            }
        }
        return open;
    }

    private static Instant at(LocalDate day, String time) {
        return ALL_DAY_TO.equals(time) ? day.plusDays(1).atStartOfDay(DayPlanner.BERLIN).toInstant()
                : day.atTime(LocalTime.parse(time)).atZone(DayPlanner.BERLIN).toInstant();
    }

    private static Map<DayOfWeek, List<String>> byDay(List<PoolApi.Hours> hours) {
        Map<DayOfWeek, List<String>> byDay = new LinkedHashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            byDay.put(d, new ArrayList<>());
        }
        for (PoolApi.Hours h : hours) {
            h.days().forEach(d -> byDay.get(DayOfWeek.valueOf(d)).add(h.from() + "–" + h.to()));
        }
        return byDay;
    }

    private static String dayRanges(List<DayOfWeek> days) {
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < days.size(); ) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) {
                j++;
            }
            ranges.add(j - i >= 2 ? abbreviation(days.get(i)) + "–" + abbreviation(days.get(j))
                    : j == i ? abbreviation(days.get(i)) : abbreviation(days.get(i)) + ", " + abbreviation(days.get(j)));
            i = j + 1;
        }
        return String.join(", ", ranges);
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.GERMANY);
    }

    private static String abbreviation(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.GERMANY).replace(".", "");
    }

    private static int minutes(String hours, String minutes) {
        return Integer.parseInt(hours) * 60 + Integer.parseInt(minutes);
    }

    private static String time(String hours, String minutes) {
        return (hours.length() == 1 ? "0" + hours : hours) + ":" + minutes;
    }
}
