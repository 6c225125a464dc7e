package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.PoolApi;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns an offer's busy periods into one status per calendar day (Europe/Berlin): free, partly taken, booked,
 * blacked out, or not in service (a day outside its bookable hours, or for staff standby outside its windows); a
 * day's status looks only at its bookable hours, so a working-day machine booked 07:00–16:00 is booked that day.
 */
public final class DayPlanner {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private DayPlanner() {
    }

    /** The status of each of {@code days} consecutive days from {@code first}. */
    public static List<DayStatus> plan(PoolApi.Offer offer, List<PoolApi.Busy> busy, LocalDate first, int days) {
        List<DayStatus> out = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            Instant start = first.plusDays(i).atStartOfDay(BERLIN).toInstant();
            Instant end = first.plusDays(i + 1L).atStartOfDay(BERLIN).toInstant();
            out.add(status(offer, busy, start, end, WorkingHours.open(offer.bookableHours(), first.plusDays(i))));
        }
        return out;
    }

    /** The status of the day [start, end) whose bookable hours are {@code open} (null: the whole day). */
    static DayStatus status(PoolApi.Offer offer, List<PoolApi.Busy> busy, Instant start, Instant end, List<Instant[]> open) {
        if (open != null && open.isEmpty()) {
            return DayStatus.OFF;
        }
        List<Instant[]> hours = open == null ? List.<Instant[]>of(new Instant[] {start, end}) : open;
        List<Instant[]> taken = new ArrayList<>();
        boolean blackout = false;
        for (PoolApi.Busy b : busy) {
            if (b.start().isBefore(end) && b.end().isAfter(start)) {
                taken.add(new Instant[] {max(b.start(), start), min(b.end(), end)});
                blackout |= "BLACKOUT".equals(b.source());
            }
        }
        if ("STAFF_STANDBY".equals(offer.kind())) {
            List<Instant[]> gaps = outsideWindows(offer.windows(), start, end);
            if (gaps.size() == 1 && !gaps.get(0)[0].isAfter(start) && !gaps.get(0)[1].isBefore(end)) {
                return DayStatus.OFF;
            }
            taken.addAll(gaps);
        }
        if (taken.stream().noneMatch(t -> hours.stream().anyMatch(h -> t[0].isBefore(h[1]) && t[1].isAfter(h[0])))) {
            return DayStatus.FREE;
        }
        if (!hours.stream().allMatch(h -> covers(new ArrayList<>(taken), h[0], h[1]))) {
            return DayStatus.PARTLY;
        }
        return blackout ? DayStatus.BLACKOUT : DayStatus.BOOKED;
    }

    /** The parts of [start, end) that no window of a standby offer covers. */
    static List<Instant[]> outsideWindows(List<PoolApi.Period> windows, Instant start, Instant end) {
        List<Instant[]> inside = new ArrayList<>();
        for (PoolApi.Period w : windows == null ? List.<PoolApi.Period>of() : windows) {
            if (w.start().isBefore(end) && w.end().isAfter(start)) {
                inside.add(new Instant[] {max(w.start(), start), min(w.end(), end)});
            }
        }
        inside.sort(Comparator.comparing(p -> p[0]));
        List<Instant[]> gaps = new ArrayList<>();
        Instant cursor = start;
        for (Instant[] p : inside) {
            if (p[0].isAfter(cursor)) {
                gaps.add(new Instant[] {cursor, p[0]});
            }
            cursor = max(cursor, p[1]);
        }
        if (cursor.isBefore(end)) {
            gaps.add(new Instant[] {cursor, end});
        }
        return gaps;
    }

    static boolean covers(List<Instant[]> periods, Instant start, Instant end) {
        periods.sort(Comparator.comparing(p -> p[0]));
        Instant cursor = start;
        for (Instant[] p : periods) {
            if (p[0].isAfter(cursor)) {
                return false;
            }
            cursor = max(cursor, p[1]);
        }
        return !cursor.isBefore(end);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
