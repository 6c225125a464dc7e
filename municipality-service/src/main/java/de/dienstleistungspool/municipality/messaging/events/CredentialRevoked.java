package de.dienstleistungspool.municipality.messaging.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An API client was revoked, a user deactivated or its roles changed, or a signing key withdrawn in an emergency: the
 * tokens of {@code subject} issued up to {@code occurredAt} must no longer be accepted. Keyed by the member, or by the
 * subject for a signing key (which belongs to no member).
 */
public record CredentialRevoked(UUID eventId, String eventType, Instant occurredAt, UUID memberId, String subject,
        String kind) implements MemberTopicEvent {

    @Override
    public String key() {
        return memberId == null ? subject : memberId.toString();
    }
}
