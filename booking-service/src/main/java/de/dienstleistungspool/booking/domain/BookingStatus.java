package de.dienstleistungspool.booking.domain;

import java.util.Set;

/**
 * Where a booking stands in its lifecycle; only the active statuses occupy the offer.
 */
public enum BookingStatus {
    REQUESTED, CONFIRMED, IN_USE, COMPLETED, REJECTED, CANCELLED, NO_SHOW;

    /** The statuses in which a booking occupies its offer (the exclusion constraint's WHERE clause). */
    public static final Set<BookingStatus> ACTIVE = Set.of(REQUESTED, CONFIRMED, IN_USE);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
