package de.dienstleistungspool.pool.messaging;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import de.dienstleistungspool.platform.messaging.IgnoredEvent;
import de.dienstleistungspool.platform.messaging.IncomingEvent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code member-events} messages (docs/EVENTS.md) pool-service reads, typed by {@code eventType}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "eventType",
        visible = true, defaultImpl = MemberEvent.Other.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = MemberEvent.Snapshot.class, names = {"MemberJoined", "MemberChanged", "MemberLeft"}),
        @JsonSubTypes.Type(value = MemberEvent.CredentialRevoked.class, name = "CredentialRevoked")})
public sealed interface MemberEvent extends IncomingEvent {

    /** {@code MemberJoined}, {@code MemberChanged}, {@code MemberLeft}: the member's full snapshot. */
    record Snapshot(UUID eventId, String eventType, @NotNull Instant occurredAt, @NotNull UUID memberId,
                    @NotNull UUID regionId, String name, String status, @NotNull List<@Valid @NotNull Depot> depots)
            implements MemberEvent {
    }

    /** One depot of a snapshot; coordinates outside WGS84 are dropped by the directory. */
    record Depot(@NotNull UUID depotId, String name, Double latitude, Double longitude) {
    }

    /**
     * Tokens naming {@code subject} (an API client or user id, or {@code signing-key:<kid>}) issued up to
     * {@code occurredAt} must no longer be accepted.
     */
    record CredentialRevoked(UUID eventId, String eventType, @NotNull Instant occurredAt, @NotBlank String subject)
            implements MemberEvent {
    }

    /** Any other member event (UserChanged, RatesPublished): not pool-service's concern. */
    record Other(UUID eventId, String eventType) implements MemberEvent, IgnoredEvent {
    }
}
