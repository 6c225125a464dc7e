package de.dienstleistungspool.municipality.messaging.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The first booking of a year for which the region has published no rates was made: the coordinator is to be warned
 * (notification-service mails the region's coordinators and {@code coordinatorEmail}); keyed by region id.
 */
public record RatesMissing(UUID eventId, String eventType, Instant occurredAt, UUID regionId, int year, UUID bookingId,
                           UUID providerMemberId, UUID consumerMemberId, String sector, String category, Instant start,
                           Instant end, String coordinatorEmail) implements MemberTopicEvent {

    @Override
    public String key() {
        return regionId.toString();
    }
}
