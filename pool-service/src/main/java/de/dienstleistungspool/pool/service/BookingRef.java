package de.dienstleistungspool.pool.service;

import java.time.Instant;
import java.util.UUID;

/** A booking as known from the projection, named where an action of the owner affects it. */
public record BookingRef(UUID bookingId, String status, Instant start, Instant end, UUID consumerMemberId) {
}
