package de.dienstleistungspool.notification.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a notification says about a booking, taken from a booking event or, for reminders, from the projection.
 */
public record BookingFacts(UUID bookingId, UUID offerId, String offerTitle, String offerKind, UUID providerMemberId,
                           UUID consumerMemberId, Instant start, Instant end, String status, String site, String reason,
                           Boolean lateCancellation, BigDecimal usageQuantity, String usageUnit) {
}
