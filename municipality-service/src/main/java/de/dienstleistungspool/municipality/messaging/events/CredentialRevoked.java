package de.dienstleistungspool.municipality.messaging.events;

import java.time.Instant;
import java.util.UUID;

/** An API client was revoked or a user deactivated: tokens naming {@code subject} must no longer be accepted. */
public record CredentialRevoked(UUID eventId, String eventType, Instant occurredAt, UUID memberId, String subject,
        String kind) implements MemberTopicEvent {

    @Override
    public String key() {
        return memberId.toString();
    }
}
