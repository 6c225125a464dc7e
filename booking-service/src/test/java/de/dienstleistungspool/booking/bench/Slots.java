package de.dienstleistungspool.booking.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out booking periods that never overlap (distinct offer or distinct one-hour slot), so every insert of the
 * benchmark succeeds and measures the normal path, exclusion check included.
 */
final class Slots {

    /** One offer and one half-hour period. */
    record Slot(UUID offer, Instant start, Instant end) {
    }

    private final List<UUID> offers;
    private final Instant base;
    private final AtomicLong next = new AtomicLong();

    Slots(List<UUID> offers, Instant base) {
        this.offers = offers;
        this.base = base;
    }

    /**
     * The next slot: offers in turn, then the next hour. A booking lasts 30 minutes and the offers' buffer is 30
     * minutes, so one offer's bookings touch but never overlap; 64 offers give 1.1 million slots within the service's
     * 730 days of advance booking, enough for a full run on a fast machine.
     */
    Slot next() {
        long n = next.getAndIncrement();
        UUID offer = offers.get((int) (n % offers.size()));
        Instant start = base.plus(Duration.ofHours(n / offers.size()));
        return new Slot(offer, start, start.plus(Duration.ofMinutes(30)));
    }
}
