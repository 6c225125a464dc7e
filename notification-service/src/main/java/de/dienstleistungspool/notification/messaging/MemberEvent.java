package de.dienstleistungspool.notification.messaging;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import de.dienstleistungspool.platform.messaging.IgnoredEvent;
import de.dienstleistungspool.platform.messaging.IncomingEvent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code member-events} messages (docs/EVENTS.md) notification-service reads, typed by {@code eventType}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "eventType",
        visible = true, defaultImpl = MemberEvent.Other.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = MemberEvent.Snapshot.class, names = {"MemberJoined", "MemberChanged", "MemberLeft"}),
        @JsonSubTypes.Type(value = MemberEvent.UserChanged.class, name = "UserChanged"),
        @JsonSubTypes.Type(value = MemberEvent.CredentialRevoked.class, name = "CredentialRevoked"),
        @JsonSubTypes.Type(value = MemberEvent.RatesMissing.class, name = "RatesMissing"),
        @JsonSubTypes.Type(value = MemberEvent.BillingDetailsChanged.class, name = "BillingDetailsChanged")})
public sealed interface MemberEvent extends IncomingEvent {

    /** {@code MemberJoined}, {@code MemberChanged}, {@code MemberLeft}: the member's name and contacts. */
    record Snapshot(UUID eventId, String eventType, @NotNull UUID memberId, UUID regionId, String name,
                    String contactEmail, String contactPhone, String status) implements MemberEvent {
    }

    /** A person of a member was added, changed or deactivated: the recipients of e-mails by role. */
    record UserChanged(UUID eventId, String eventType, @NotNull UUID memberId, @NotBlank String userId, String name,
                       String email, List<String> roles, Boolean active) implements MemberEvent {
    }

    /** Tokens naming {@code subject} (an API client or user id) must no longer be accepted. */
    record CredentialRevoked(UUID eventId, String eventType, @NotNull Instant occurredAt, @NotBlank String subject)
            implements MemberEvent {
    }

    /** A booking was made for a year in which the region has published no rates yet: its coordinator is warned. */
    record RatesMissing(UUID eventId, String eventType, @NotNull UUID regionId, @NotNull Integer year, UUID bookingId,
                        UUID consumerMemberId, String sector, String category, Instant start, Instant end,
                        String coordinatorEmail) implements MemberEvent {
    }

    /** A member's billing details changed (of the IBAN its last four characters): its accounting is told by e-mail. */
    record BillingDetailsChanged(UUID eventId, String eventType, @NotNull Instant occurredAt, @NotNull UUID memberId,
                                 @NotNull UUID regionId,
                                 @NotEmpty List<@NotNull @Pattern(regexp = "taxNumber|vatId|iban|bic") String> changedFields,
                                 @Pattern(regexp = "[A-Z0-9]{4}") String ibanLast4, @Size(max = 200) String changedBy)
            implements MemberEvent {
    }

    /** Any other member event (RatesPublished): not needed here. */
    record Other(UUID eventId, String eventType) implements MemberEvent, IgnoredEvent {
    }
}
