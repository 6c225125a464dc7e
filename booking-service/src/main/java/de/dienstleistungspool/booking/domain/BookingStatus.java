package de.dienstleistungspool.booking.domain;

import java.util.Set;

/**
 * Where a booking stands in its lifecycle; only the active statuses occupy the offer.
 */
public enum BookingStatus {
    /** A waitlist entry's slot, kept for it until its hold time ends. */
    HELD,
    REQUESTED, CONFIRMED, IN_USE, COMPLETED, REJECTED, CANCELLED, NO_SHOW,
    /** The provider took a confirmed booking back (breakdown, illness, blackout). */
    WITHDRAWN,
    /** A held slot whose hold time ended before the waitlisted member claimed it. */
    EXPIRED;

    /** The statuses in which a booking occupies its offer (the exclusion constraints' WHERE clause). */
    public static final Set<BookingStatus> ACTIVE = Set.of(HELD, REQUESTED, CONFIRMED, IN_USE);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
