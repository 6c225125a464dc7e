package de.dienstleistungspool.pool.messaging.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** OfferCreated, OfferChanged, OfferPaused, OfferResumed, OfferRetired: the full offer after the change. */
public record OfferSnapshotEvent(UUID eventId, String eventType, Instant occurredAt, UUID offerId, UUID ownerMemberId,
                                 UUID regionId, String kind, String category, String title, List<String> sectors,
                                 Depot depot, String unit, int bufferMinutes, List<String> settlementModes,
                                 boolean autoConfirm, String status) implements PoolTopicEvent {

    /** Where the offer stands. */
    public record Depot(String name, double latitude, double longitude) {
    }
}
