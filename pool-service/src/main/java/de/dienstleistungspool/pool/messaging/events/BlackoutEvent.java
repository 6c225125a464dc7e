package de.dienstleistungspool.pool.messaging.events;

import java.time.Instant;
import java.util.UUID;

/** BlackoutAdded, BlackoutRemoved: an owner blocked or released a period of an offer. */
public record BlackoutEvent(UUID eventId, String eventType, Instant occurredAt, UUID offerId, UUID blackoutId,
                            UUID ownerMemberId, Instant start, Instant end, String reason) implements PoolTopicEvent {
}
