package de.dienstleistungspool.portal.pages;

/**
 * What a day of an offer looks like on the board: each status has a text and a symbol, never a colour alone.
 */
public enum DayStatus {
    /** Nothing keeps the offer busy that day. */
    FREE,
    /** Part of the day is taken (a booking, a blackout, or outside a standby's windows). */
    PARTLY,
    /** Bookings take the whole day. */
    BOOKED,
    /** A blackout (repair, maintenance) takes the whole day. */
    BLACKOUT,
    /** A staff standby outside all of its bookable windows. */
    OFF;

    /** The symbol shown before the text (hidden from screen readers, which read the text). */
    public String symbol() {
        return switch (this) {
            case FREE -> "✓";
            case PARTLY -> "◐";
            case BOOKED -> "●";
            case BLACKOUT -> "✕";
            case OFF -> "–";
        };
    }

    /** The CSS class of the cell. */
    public String css() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
