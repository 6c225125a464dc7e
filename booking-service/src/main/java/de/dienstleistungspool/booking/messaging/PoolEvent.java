package de.dienstleistungspool.booking.messaging;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import de.dienstleistungspool.booking.domain.OfferKind;
import de.dienstleistungspool.booking.domain.QuantityUnit;
import de.dienstleistungspool.platform.messaging.IgnoredEvent;
import de.dienstleistungspool.platform.messaging.IncomingEvent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code pool-events} messages (docs/EVENTS.md) booking-service reads, typed by {@code eventType}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "eventType",
        visible = true, defaultImpl = PoolEvent.Other.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = PoolEvent.OfferSnapshot.class,
                names = {"OfferCreated", "OfferChanged", "OfferPaused", "OfferResumed", "OfferRetired"}),
        @JsonSubTypes.Type(value = PoolEvent.BlackoutAdded.class, name = "BlackoutAdded"),
        @JsonSubTypes.Type(value = PoolEvent.BlackoutRemoved.class, name = "BlackoutRemoved")})
public sealed interface PoolEvent extends IncomingEvent {

    /** The full offer after a change; the projection keeps the latest snapshot. */
    record OfferSnapshot(UUID eventId, String eventType, @NotNull Instant occurredAt, @NotNull UUID offerId,
                         @NotNull UUID ownerMemberId, @NotNull UUID regionId, @NotNull OfferKind kind,
                         @NotBlank String category, @NotBlank String title, @NotEmpty List<@NotBlank String> sectors,
                         @NotNull QuantityUnit unit, @PositiveOrZero Integer bufferMinutes,
                         @NotEmpty List<@NotBlank String> settlementModes, Boolean autoConfirm, @NotBlank String status,
                         @Valid Depot depot, Boolean emergencyUse, @Valid OnCall onCall, @Valid Person person,
                         List<@Valid @NotNull Hours> bookableHours,
                         @Positive @Digits(integer = 10, fraction = 2) BigDecimal capacityPerDay)
            implements PoolEvent {

        /** The offer's owner: the consumer's log lines name it while it handles the event. */
        @Override
        public UUID memberId() {
            return ownerMemberId;
        }
    }

    /** One period of the offer's weekly bookable hours (local time); absent hours mean around the clock. */
    record Hours(@NotEmpty List<@NotNull DayOfWeek> days, @NotBlank String from, @NotBlank String to) {
    }

    /** Where the offer stands. */
    record Depot(String name, @DecimalMin("-90") @DecimalMax("90") Double latitude,
                 @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    /** Who the owner alerts when an emergency request books the offer. */
    record OnCall(String name, @Email String email, String phone) {
    }

    /** The person (or crew) a standby offer provides. */
    record Person(@NotNull UUID id, String name) {
    }

    /** The owner blocked a period of an offer. */
    record BlackoutAdded(UUID eventId, String eventType, @NotNull UUID offerId, @NotNull UUID blackoutId, UUID ownerMemberId,
                         @NotNull Instant start, @NotNull Instant end, String reason) implements PoolEvent {

        /** The offer's owner: the consumer's log lines name it while it handles the event. */
        @Override
        public UUID memberId() {
            return ownerMemberId;
        }

        @AssertTrue(message = "must end after it starts")
        public boolean isPeriod() {
            return start == null || end == null || end.isAfter(start);
        }
    }

    /** The owner released a blocked period. */
    record BlackoutRemoved(UUID eventId, String eventType, @NotNull UUID blackoutId) implements PoolEvent {
    }

    /** Any other pool event: not booking-service's concern. */
    record Other(UUID eventId, String eventType) implements PoolEvent, IgnoredEvent {
    }
}
