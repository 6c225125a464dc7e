package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.Booking;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A booking as its requester and its provider (and the region's coordinator) see it; {@code replacesBookingId} names
 * the withdrawn booking a rebooking replaces, {@code holdExpiresAt} is set while a waitlist slot is HELD,
 * {@code requestedEnd} while an extension waits for the owner;
 * {@code externalReference} and {@code costCentre} are the client's own order number and cost centre.
 */
public record BookingView(UUID id, UUID offerId, UUID seriesId, String offerKind, String offerTitle, String category,
                          String sector, UUID regionId, UUID providerMemberId, UUID consumerMemberId, Instant start,
                          Instant end, int bufferMinutes, String status, String settlementMode, String site,
                          Quantity scope, Quantity usage, Boolean lateCancellation, String note, String requestedBy,
                          Instant createdAt, Instant updatedAt, UUID replacesBookingId, boolean emergency,
                          Instant holdExpiresAt, Instant requestedEnd, UUID personId,
                          String externalReference, String costCentre) {

    /** A quantity with its unit. */
    public record Quantity(BigDecimal quantity, String unit) {
    }

    static BookingView of(Booking b) {
        return new BookingView(b.id, b.offerId, b.seriesId, b.offerKind.name(), b.offerTitle, b.category,
                b.sector.name(), b.regionId, b.providerMemberId, b.consumerMemberId, b.startAt, b.endAt,
                b.bufferMinutes, b.status.name(), b.settlementMode.name(), b.site,
                b.scopeQuantity == null ? null : new Quantity(b.scopeQuantity, b.scopeUnit.name()),
                b.usageQuantity == null ? null : new Quantity(b.usageQuantity, b.usageUnit.name()),
                b.lateCancellation, b.note, b.requestedBy, b.createdAt, b.updatedAt, b.replacesBookingId, b.emergency,
                b.holdExpiresAt, b.requestedEndAt, b.personId, b.externalReference, b.costCentre);
    }
}
