package de.dienstleistungspool.booking.messaging.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.dienstleistungspool.platform.outbox.OutgoingEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A need for an offer that booking-service could not meet (docs/EVENTS.md, {@code demand-events}): a request refused
 * for lack of capacity ({@code BookingRequestRefused}, with the refusal's problem type as {@code reason}) or a place
 * taken on the offer's waiting list ({@code WaitlistJoined}). Members are organisations; no person is named.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"eventId", "eventType", "occurredAt", "offerId", "regionId", "providerMemberId", "consumerMemberId",
        "offerKind", "category", "sector", "start", "end", "reason"})
public record DemandEvent(
        UUID eventId,
        String eventType,
        Instant occurredAt,
        UUID offerId,
        UUID regionId,
        UUID providerMemberId,
        UUID consumerMemberId,
        String offerKind,
        String category,
        String sector,
        Instant start,
        Instant end,
        String reason) implements OutgoingEvent {

    /** The topic these events go to, keyed by offer id like booking-events. */
    public static final String TOPIC = "demand-events";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String key() {
        return offerId.toString();
    }
}
