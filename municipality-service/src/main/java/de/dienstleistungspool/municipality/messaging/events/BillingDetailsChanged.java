package de.dienstleistungspool.municipality.messaging.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member's billing details changed: which fields, the last four characters of the IBAN now in force
 * ({@code ibanLast4}, null when none is kept; the full IBAN never leaves the service) and who changed them, so that
 * the member's accounting is told.
 */
public record BillingDetailsChanged(UUID eventId, String eventType, Instant occurredAt, UUID memberId, UUID regionId,
        List<String> changedFields, String ibanLast4, String changedBy) implements MemberTopicEvent {

    @Override
    public String key() {
        return memberId.toString();
    }
}
