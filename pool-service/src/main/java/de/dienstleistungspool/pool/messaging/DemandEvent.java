package de.dienstleistungspool.pool.messaging;

import de.dienstleistungspool.platform.messaging.IncomingEvent;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * A {@code demand-events} message (docs/EVENTS.md), {@code BookingRequestRefused} or {@code WaitlistJoined}: a member
 * asked for an offer's period and did not get it, for the shortage radar.
 */
public record DemandEvent(UUID eventId, String eventType, @NotNull Instant occurredAt, @NotNull UUID offerId,
                          @NotNull UUID regionId, @NotNull UUID providerMemberId, @NotNull UUID consumerMemberId,
                          @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}") String category,
                          @Pattern(regexp = "WATER_SUPPLY|WASTEWATER") String sector,
                          @NotNull Instant start, @NotNull Instant end, @Size(max = 100) String reason)
        implements IncomingEvent {

    @AssertTrue(message = "must end after it starts")
    public boolean isPeriod() {
        return start == null || end == null || end.isAfter(start);
    }

    /** A refusal names why. */
    @AssertTrue(message = "a refusal needs a reason")
    public boolean isReasoned() {
        return !"BookingRequestRefused".equals(eventType) || (reason != null && !reason.isBlank());
    }
}
