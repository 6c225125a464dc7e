package de.dienstleistungspool.booking.messaging.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.dienstleistungspool.platform.outbox.OutgoingEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The one flat shape of every {@code booking-events} message (docs/EVENTS.md); fields that do not apply are null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"eventId", "eventType", "occurredAt", "bookingId", "offerId", "offerKind", "offerTitle", "category",
        "sector", "regionId", "providerMemberId", "consumerMemberId", "start", "end", "bufferMinutes", "status",
        "settlementMode", "usage", "site", "actor", "reason", "lateCancellation", "replacesBookingId", "emergency",
        "holdExpiresAt", "previousEnd", "requestedEnd", "alternatives", "externalReference", "costCentre"})
public record BookingEvent(
        UUID eventId,
        String eventType,
        Instant occurredAt,
        UUID bookingId,
        UUID offerId,
        String offerKind,
        String offerTitle,
        String category,
        String sector,
        UUID regionId,
        UUID providerMemberId,
        UUID consumerMemberId,
        Instant start,
        Instant end,
        int bufferMinutes,
        String status,
        String settlementMode,
        Usage usage,
        String site,
        String actor,
        String reason,
        Boolean lateCancellation,
        UUID replacesBookingId,
        boolean emergency,
        Instant holdExpiresAt,
        Instant previousEnd,
        Instant requestedEnd,
        List<Alternative> alternatives,
        String externalReference,
        String costCentre) implements OutgoingEvent {

    /** The actual use recorded at completion, the quantity settlement values. */
    public record Usage(BigDecimal quantity, String unit) {
    }

    /**
     * A free equivalent offer (same category and sector, same period) named in a {@code BookingWithdrawn}, nearest
     * to the withdrawn offer first; the requester can rebook it in one call.
     */
    public record Alternative(UUID offerId, String offerTitle, UUID providerMemberId, BigDecimal distanceKm) {
    }

    /** The topic these events go to, keyed by offer id. */
    public static final String TOPIC = "booking-events";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String key() {
        return offerId.toString();
    }
}
