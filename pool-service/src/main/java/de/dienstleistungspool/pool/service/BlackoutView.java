package de.dienstleistungspool.pool.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A blackout, and (when it was just added) the bookings it hits so the owner can settle them with the requesters.
 */
public record BlackoutView(UUID id, UUID offerId, Instant start, Instant end, String reason, String createdBy,
                           Instant createdAt, List<BookingRef> hitBookings) {
}
