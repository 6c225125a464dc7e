package de.dienstleistungspool.municipality.settlement.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.dienstleistungspool.platform.messaging.IncomingEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The flat shape of every message on {@code booking-events} (docs/EVENTS.md), with the fields settlement reads;
 * {@code externalReference} and {@code costCentre} are the client's own reference (optional, absent in older events).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BookingEvent(UUID eventId, String eventType, Instant occurredAt, UUID bookingId, UUID offerId,
                           String offerKind, String offerTitle, String category, String sector, UUID regionId,
                           UUID providerMemberId, UUID consumerMemberId, Instant start, Instant end,
                           String settlementMode, Usage usage, String actor, String externalReference,
                           String costCentre) implements IncomingEvent {

    /** The requesting member: the consumer's log lines name it while it handles the event. */
    @Override
    public UUID memberId() {
        return consumerMemberId;
    }


    /** The actual usage recorded at completion. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Usage(BigDecimal quantity, String unit) {
    }
}
