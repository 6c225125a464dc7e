package de.dienstleistungspool.booking.domain;

import de.dienstleistungspool.platform.time.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The days on which a flushing vehicle can do a day's job, each as one period within the offer's bookable hours: the
 * longest bookable stretch of the day within the working day (07:00–16:00 local time by default), or, if none touches
 * it, the day's longest bookable stretch; a day without bookable hours has no job.
 */
public final class JobDays {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** One job day: its local date and the period the booking would occupy (buffer not included). */
    public record Window(LocalDate date, Instant start, Instant end) {

        public int month() {
            return date.getMonthValue();
        }

        /** Whether {@code [start, end + bufferMinutes)} meets {@code [from, to)}. */
        public boolean meets(Instant from, Instant to, int bufferMinutes) {
            return from.isBefore(end.plusSeconds(60L * bufferMinutes)) && start.isBefore(to);
        }
    }

    private JobDays() {
    }

    /** The job days of every date from {@code from} to {@code until} (inclusive) under the offer's weekly hours. */
    public static List<Window> of(String weeklyMinutes, LocalDate from, LocalDate until, LocalTime dayStart, LocalTime dayEnd) {
        Map<DayOfWeek, List<int[]>> periods = periodsByDay(WeeklyHours.parse(weeklyMinutes));
        int workFrom = dayStart.toSecondOfDay() / 60;
        int workTo = dayEnd.toSecondOfDay() / 60;
        List<Window> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(until); d = d.plusDays(1)) {
            int[] best = null;
            int[] fallback = null;
            for (int[] p : periods.getOrDefault(d.getDayOfWeek(), List.of())) {
                int[] clipped = {Math.max(p[0], workFrom), Math.min(p[1], workTo)};
                if (clipped[1] > clipped[0] && (best == null || clipped[1] - clipped[0] > best[1] - best[0])) {
                    best = clipped;
                }
                if (fallback == null || p[1] - p[0] > fallback[1] - fallback[0]) {
                    fallback = p;
                }
            }
            int[] chosen = best != null ? best : fallback;
            if (chosen != null) {
                days.add(new Window(d, at(d, chosen[0]), at(d, chosen[1])));
            }
        }
        return days;
    }

    private static Map<DayOfWeek, List<int[]>> periodsByDay(WeeklyHours hours) {
        Map<DayOfWeek, List<int[]>> byDay = new EnumMap<>(DayOfWeek.class);
        for (WeeklyHours.Span s : hours.spans()) {
            int[] p = {minutes(s.from()), minutes(s.to())};
            s.days().forEach(day -> byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(p));
        }
        return byDay;
    }

    private static int minutes(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }

    private static Instant at(LocalDate d, int minuteOfDay) {
        return d.atStartOfDay().plusMinutes(minuteOfDay).atZone(BERLIN).toInstant();
    }
}
