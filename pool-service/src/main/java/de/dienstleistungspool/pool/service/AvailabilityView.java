package de.dienstleistungspool.pool.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The free and busy periods of one offer within a window. Booking and blackout details are shown to the owner
 * (and a booking's details to its requester); other members see only that the period is taken.
 */
public record AvailabilityView(UUID offerId, Instant from, Instant to, List<PeriodView> free, List<Busy> busy) {

    /** A busy period, caused by a BOOKING (buffer included) or a BLACKOUT. */
    public record Busy(Instant start, Instant end, String source, UUID bookingId, String status, String reason) {
    }
}
