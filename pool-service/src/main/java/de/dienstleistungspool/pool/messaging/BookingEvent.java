package de.dienstleistungspool.pool.messaging;

import de.dienstleistungspool.platform.messaging.IncomingEvent;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** A {@code booking-events} message (docs/EVENTS.md) with the fields the busy-period projection reads. */
public record BookingEvent(UUID eventId, String eventType, @NotNull Instant occurredAt, @NotNull UUID bookingId,
                           @NotNull UUID offerId, UUID regionId, UUID providerMemberId, UUID consumerMemberId,
                           @NotBlank String status, @NotNull Instant start, @NotNull Instant end, Integer bufferMinutes,
                           String offerTitle, String site) implements IncomingEvent {

    /** The requesting member: the consumer's log lines name it while it handles the event. */
    @Override
    public UUID memberId() {
        return consumerMemberId;
    }


    @AssertTrue(message = "must end after it starts")
    public boolean isPeriod() {
        return start == null || end == null || end.isAfter(start);
    }
}
