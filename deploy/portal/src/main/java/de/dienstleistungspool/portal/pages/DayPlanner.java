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
 * blacked out, or (staff standby) outside its bookable windows.
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
            out.add(status(offer, busy, start, end));
        }
        return out;
    }

    static DayStatus status(PoolApi.Offer offer, List<PoolApi.Busy> busy, Instant start, Instant end) {
        List<Instant[]> taken = new ArrayList<>();
        boolean blackout = false;
        for (PoolApi.Busy b : busy) {
            if (b.start().isBefore(end) && b.end().isAfter(start)) {
                taken.add(new Instant[] {max(b.start(), start), min(b.end(), end)});
                blackout |= "BLACKOUT".equals(b.source());
            }
        }
        boolean standby = "STAFF_STANDBY".equals(offer.kind());
        if (standby) {
            List<Instant[]> gaps = outsideWindows(offer.windows(), start, end);
            if (gaps.size() == 1 && !gaps.get(0)[0].isAfter(start) && !gaps.get(0)[1].isBefore(end)) {
                return DayStatus.OFF;
            }
            taken.addAll(gaps);
        }
        if (taken.isEmpty()) {
            return DayStatus.FREE;
        }
        if (!covers(taken, start, end)) {
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
