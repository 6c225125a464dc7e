package de.dienstleistungspool.booking.messaging;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import de.dienstleistungspool.platform.messaging.IgnoredEvent;
import de.dienstleistungspool.platform.messaging.IncomingEvent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** The {@code member-events} messages (docs/EVENTS.md) booking-service reads, typed by {@code eventType}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "eventType",
        visible = true, defaultImpl = MemberEvent.Other.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = MemberEvent.Snapshot.class, names = {"MemberJoined", "MemberChanged", "MemberLeft"}),
        @JsonSubTypes.Type(value = MemberEvent.CredentialRevoked.class, name = "CredentialRevoked"),
        @JsonSubTypes.Type(value = MemberEvent.RegionDeactivated.class, name = "RegionDeactivated")})
public sealed interface MemberEvent extends IncomingEvent {

    /** {@code MemberJoined}, {@code MemberChanged}, {@code MemberLeft}: of the snapshot, who and whether it left. */
    record Snapshot(UUID eventId, String eventType, @NotNull Instant occurredAt, @NotNull UUID memberId, UUID regionId,
                    String status) implements MemberEvent {

        public boolean left() {
            return "MemberLeft".equals(eventType) || "LEFT".equals(status);
        }
    }

    /** Tokens naming {@code subject} (an API client or user id) must no longer be accepted. */
    record CredentialRevoked(UUID eventId, String eventType, @NotNull Instant occurredAt, @NotBlank String subject)
            implements MemberEvent {
    }

    /** The platform operator deactivated a region: it takes no new bookings. */
    record RegionDeactivated(UUID eventId, String eventType, @NotNull Instant occurredAt, @NotNull UUID regionId)
            implements MemberEvent {
    }

    /** Any other member event (UserChanged, RatesPublished): not booking-service's concern. */
    record Other(UUID eventId, String eventType) implements MemberEvent, IgnoredEvent {
    }
}
