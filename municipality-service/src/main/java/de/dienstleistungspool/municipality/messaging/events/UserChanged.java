package de.dienstleistungspool.municipality.messaging.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person of a member was added, changed or deactivated. */
public record UserChanged(UUID eventId, String eventType, Instant occurredAt, UUID memberId, UUID userId, String name,
        String email, List<String> roles, boolean active) implements MemberTopicEvent {

    @Override
    public String key() {
        return memberId.toString();
    }
}
