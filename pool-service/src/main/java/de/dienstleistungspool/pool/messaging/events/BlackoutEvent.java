package de.dienstleistungspool.pool.messaging.events;

import de.dienstleistungspool.platform.outbox.OutgoingEvent;
import de.dienstleistungspool.pool.messaging.PoolEvents;
import java.time.Instant;
import java.util.UUID;

/** BlackoutAdded, BlackoutRemoved: an owner blocked or released a period of an offer. */
public record BlackoutEvent(UUID eventId, String eventType, Instant occurredAt, UUID offerId, UUID blackoutId,
                            UUID ownerMemberId, Instant start, Instant end, String reason) implements OutgoingEvent {

    @Override
    public String topic() {
        return PoolEvents.TOPIC;
    }

    @Override
    public String key() {
        return offerId.toString();
    }
}
