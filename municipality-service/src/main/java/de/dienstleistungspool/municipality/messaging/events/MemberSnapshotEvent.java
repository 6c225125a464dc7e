package de.dienstleistungspool.municipality.messaging.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code MemberJoined}, {@code MemberChanged} and {@code MemberLeft}: the full snapshot of a member, so that consumers
 * simply upsert (docs/EVENTS.md).
 */
public record MemberSnapshotEvent(UUID eventId, String eventType, Instant occurredAt, UUID memberId, UUID regionId,
        String name, String kind, List<String> sectors, String status, String leitwegId, String contactEmail,
        String contactPhone, Address address, List<DepotSnapshot> depots) implements MemberTopicEvent {

    @Override
    public String key() {
        return memberId.toString();
    }


    /** Postal address of the member. */
    public record Address(String street, String postalCode, String city) {
    }

    /** One depot with its coordinates (WGS84). */
    public record DepotSnapshot(UUID depotId, String name, BigDecimal latitude, BigDecimal longitude) {
    }
}
