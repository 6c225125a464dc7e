package de.dienstleistungspool.pool.messaging.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * OfferCreated, OfferChanged, OfferPaused, OfferResumed, OfferRetired: the full offer after the change
 * ({@code capacityPerDay}: a service's typical work per day in its unit, null for other kinds).
 */
public record OfferSnapshotEvent(UUID eventId, String eventType, Instant occurredAt, UUID offerId, UUID ownerMemberId,
                                 UUID regionId, String kind, String category, String title, List<String> sectors,
                                 Depot depot, String unit, int bufferMinutes, List<String> settlementModes,
                                 boolean autoConfirm, String status, boolean emergencyUse, OnCall onCall,
                                 Person person, List<BookableHours> bookableHours, BigDecimal capacityPerDay)
        implements PoolTopicEvent {

    /** One period of the weekly bookable hours (local time, Europe/Berlin); Monday to Sunday 00:00–24:00 when always. */
    public record BookableHours(List<String> days, String from, String to) {
    }

    /** Whom the owner alerts when an emergency request books the offer; null without emergency use. */
    public record OnCall(String name, String email, String phone) {
    }

    /** The person (or crew) the offer provides; null if it names none. */
    public record Person(UUID id, String name) {
    }

    /** Where the offer stands. */
    public record Depot(String name, double latitude, double longitude) {
    }
}
