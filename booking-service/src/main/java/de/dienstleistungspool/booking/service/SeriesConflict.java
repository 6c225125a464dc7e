package de.dienstleistungspool.booking.service;

import java.time.Instant;

/**
 * One occurrence of a recurring request that cannot be booked, and why: the period of the booking or blackout it hits.
 */
public record SeriesConflict(Instant start, Instant end, String reason, Instant conflictingStart, Instant conflictingEnd) {
}
