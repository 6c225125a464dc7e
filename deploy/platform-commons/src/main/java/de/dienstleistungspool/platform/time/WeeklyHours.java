package de.dienstleistungspool.platform.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bookable hours as a weekly pattern of local times in the county (e.g. Monday to Friday 07:00–16:00), held in the one
 * canonical form every service stores: the minutes of the week as a PostgreSQL {@code int4multirange} (Monday 00:00 is
 * 0, the week ends at 10080), which the SQL function {@code bookable_time} turns into instants, DST included.
 * Around the clock is stored as null.
 */
public final class WeeklyHours {

    public static final int MINUTES_PER_DAY = 1440;
    public static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

    /** A local time of day as the API writes it, {@code 24:00} meaning the end of the day. */
    public static final String TIME_PATTERN = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00";

    private static final Pattern RANGE = Pattern.compile("\\[(\\d+),(\\d+)\\)");

    /** One entry of a pattern: on these days from {@code from} until {@code to} (HH:mm, local time). */
    public record Span(List<DayOfWeek> days, String from, String to) {
    }

    /** Sorted, disjoint, non-adjacent [from, to) minutes of the week. */
    private final List<int[]> ranges;

    private WeeklyHours(List<int[]> ranges) {
        this.ranges = ranges;
    }

    public static WeeklyHours aroundTheClock() {
        return new WeeklyHours(List.of(new int[] {0, MINUTES_PER_WEEK}));
    }

    /**
     * The pattern of the given spans (overlapping or adjacent spans merge).
     *
     * @throws IllegalArgumentException naming the span that is not a period of a day (empty days, a time that is not
     *                                  HH:mm, or {@code to} not after {@code from}), or when there is none
     */
    public static WeeklyHours of(Collection<Span> spans) {
        if (spans == null || spans.isEmpty()) {
            throw new IllegalArgumentException("at least one period is needed; leave the hours out for around the clock");
        }
        boolean[] minutes = new boolean[MINUTES_PER_WEEK];
        for (Span s : spans) {
            if (s == null || s.days() == null || s.days().isEmpty() || s.days().contains(null)) {
                throw new IllegalArgumentException("every period names at least one day (MONDAY … SUNDAY)");
            }
            int from = minuteOfDay(s.from());
            int to = minuteOfDay(s.to());
            if (to <= from) {
                throw new IllegalArgumentException("period " + s.from() + "–" + s.to() + " must end after it starts"
                        + " (a night shift is two periods, e.g. 18:00–24:00 and 00:00–06:00 of the next day)");
            }
            for (DayOfWeek day : s.days()) {
                int base = (day.getValue() - 1) * MINUTES_PER_DAY;
                Arrays.fill(minutes, base + from, base + to, true);
            }
        }
        List<int[]> ranges = new ArrayList<>();
        for (int m = 0; m < MINUTES_PER_WEEK; m++) {
            if (minutes[m]) {
                int start = m;
                while (m < MINUTES_PER_WEEK && minutes[m]) {
                    m++;
                }
                ranges.add(new int[] {start, m});
            }
        }
        return new WeeklyHours(List.copyOf(ranges));
    }

    /** Reads the stored form; null (or empty text) is around the clock. */
    public static WeeklyHours parse(String multirange) {
        if (multirange == null || multirange.isBlank()) {
            return aroundTheClock();
        }
        List<int[]> ranges = new ArrayList<>();
        Matcher m = RANGE.matcher(multirange);
        while (m.find()) {
            ranges.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        }
        return ranges.isEmpty() ? aroundTheClock() : new WeeklyHours(List.copyOf(ranges));
    }

    public boolean isAroundTheClock() {
        return ranges.size() == 1 && ranges.get(0)[0] == 0 && ranges.get(0)[1] == MINUTES_PER_WEEK;
    }

    /** The stored form, e.g. {@code {[420,960),[1860,2400)}}; null for around the clock. */
    public String multirange() {
        if (isAroundTheClock()) {
            return null;
        }
        StringBuilder s = new StringBuilder("{");
        for (int[] r : ranges) {
            s.append(s.length() > 1 ? "," : "").append('[').append(r[0]).append(',').append(r[1]).append(')');
        }
        return s.append('}').toString();
    }

    /** The pattern as spans: each day's periods, days with the same period together, Monday first. */
    public List<Span> spans() {
        Map<String, List<DayOfWeek>> byPeriod = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            int base = (day.getValue() - 1) * MINUTES_PER_DAY;
            for (int[] r : ranges) {
                int from = Math.max(r[0], base);
                int to = Math.min(r[1], base + MINUTES_PER_DAY);
                if (from < to) {
                    byPeriod.computeIfAbsent(time(from - base) + "-" + time(to - base), k -> new ArrayList<>()).add(day);
                }
            }
        }
        List<Span> spans = new ArrayList<>();
        byPeriod.forEach((period, days) -> spans.add(new Span(List.copyOf(days), period.substring(0, 5), period.substring(6))));
        return spans;
    }

    private static int minuteOfDay(String time) {
        if (time == null || !time.matches(TIME_PATTERN)) {
            throw new IllegalArgumentException("'" + time + "' is not a time of day HH:mm (00:00 to 24:00)");
        }
        return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3));
    }

    private static String time(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
