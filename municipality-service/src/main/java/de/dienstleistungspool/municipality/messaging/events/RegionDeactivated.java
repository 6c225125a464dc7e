package de.dienstleistungspool.municipality.messaging.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The platform operator deactivated a region: from {@code occurredAt} on it admits no members and takes no new
 * bookings; what was booked and recorded stays and is settled as before. Keyed by region id.
 */
public record RegionDeactivated(UUID eventId, String eventType, Instant occurredAt, UUID regionId, String name)
        implements MemberTopicEvent {

    @Override
    public String key() {
        return regionId.toString();
    }
}
