package de.dienstleistungspool.e2e.portal;

import de.dienstleistungspool.e2e.StackTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * What every browser test of the portal shares: the e2e stack with the portal, browsers that are closed after each
 * test, and dates in the county's time zone. A new journey extends this class and opens browsers with
 * {@link #browser}.
 */
public abstract class PortalTest extends StackTest {

    protected static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final List<Browser> open = new ArrayList<>();

    /** A browser for one person at desktop width. */
    protected Browser browser(String who) {
        return browser(who, 1280);
    }

    /** A browser for one person at the given width (360 for a phone). */
    protected Browser browser(String who, int width) {
        Browser b = new Browser(STACK.portalUrl(), who, width);
        open.add(b);
        return b;
    }

    /** A day some weeks ahead on which the demo county has no bookings, different per test class. */
    protected static LocalDate quietDay(int weeksAhead) {
        LocalDate d = LocalDate.now(BERLIN).plus(weeksAhead, ChronoUnit.WEEKS);
        return d.with(java.time.DayOfWeek.TUESDAY);
    }

    /**
     * The day of the next 07:00 in the county: a job booked from 07:00 that day can have its start recorded now, since
     * the booking service takes a start at most {@code booking.start-lead} (24 h) before the booked period.
     */
    protected static LocalDate nextMorning() {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(BERLIN);
        return now.getHour() < 7 ? now.toLocalDate() : now.toLocalDate().plusDays(1);
    }

    /** The browser's cookies as a Cookie header, to send requests as that person from outside the browser. */
    protected static String cookies(Browser b) {
        return b.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    @AfterEach
    void closeBrowsers() {
        open.forEach(Browser::close);
        open.clear();
    }
}
