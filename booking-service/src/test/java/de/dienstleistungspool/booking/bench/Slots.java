package de.dienstleistungspool.booking.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out booking periods that never overlap (distinct offer or distinct two-hour slot), so every insert of the
 * benchmark succeeds and measures the normal path, exclusion check included.
 */
final class Slots {

    /** One offer and one one-hour period. */
    record Slot(UUID offer, Instant start, Instant end) {
    }

    private final List<UUID> offers;
    private final Instant base;
    private final AtomicLong next = new AtomicLong();

    Slots(List<UUID> offers, Instant base) {
        this.offers = offers;
        this.base = base;
    }

    Slot next() {
        long n = next.getAndIncrement();
        UUID offer = offers.get((int) (n % offers.size()));
        Instant start = base.plus(Duration.ofHours(2 * (n / offers.size())));
        return new Slot(offer, start, start.plus(Duration.ofHours(1)));
    }
}
