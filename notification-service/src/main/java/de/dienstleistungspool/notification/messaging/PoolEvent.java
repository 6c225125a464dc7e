package de.dienstleistungspool.notification.messaging;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;
import de.dienstleistungspool.platform.messaging.IgnoredEvent;
import de.dienstleistungspool.platform.messaging.IncomingEvent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * The {@code pool-events} messages (docs/EVENTS.md) notification-service reads, typed by {@code eventType}: offer
 * snapshots and blackout changes, each with the message itself, which the owner's webhooks receive exactly as published.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "eventType",
        visible = true, defaultImpl = PoolEvent.Other.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = PoolEvent.OfferSnapshot.class,
                names = {"OfferCreated", "OfferChanged", "OfferPaused", "OfferResumed", "OfferRetired"}),
        @JsonSubTypes.Type(value = PoolEvent.BlackoutChange.class, names = {"BlackoutAdded", "BlackoutRemoved"})})
public sealed interface PoolEvent extends IncomingEvent {

    /** The offer this event is about. */
    UUID offerId();

    /** The member owning that offer: the only one whose webhooks receive the event. */
    UUID ownerMemberId();

    /** The offer's owner: the consumer's log lines name it while it handles the event. */
    @Override
    default UUID memberId() {
        return ownerMemberId();
    }

    /** The message as published. */
    String message();

    /** The offer after a change: its title, kind and where a unit is picked up, which e-mails mention. */
    record OfferSnapshot(UUID eventId, String eventType, @NotNull UUID offerId, @NotNull UUID ownerMemberId, String title,
                         String kind, Depot depot, @Valid OnCall onCall,
                         @JacksonInject(value = IncomingEvent.MESSAGE, useInput = OptBoolean.FALSE) String message)
            implements PoolEvent {
    }

    /** A blackout added to or removed from an offer. */
    record BlackoutChange(UUID eventId, String eventType, @NotNull UUID offerId, @NotNull UUID blackoutId,
                          @NotNull UUID ownerMemberId, @NotNull Instant start, @NotNull Instant end,
                          @JacksonInject(value = IncomingEvent.MESSAGE, useInput = OptBoolean.FALSE) String message)
            implements PoolEvent {
    }

    /** Whom the owner alerts when an emergency request books the offer. */
    record OnCall(String name, @Email String email, String phone) {
    }

    /** Where the offer stands. */
    record Depot(String name) {
    }

    /** Any other pool event: not needed here. */
    record Other(UUID eventId, String eventType) implements PoolEvent, IgnoredEvent {
        @Override
        public UUID offerId() {
            return null;
        }

        @Override
        public UUID ownerMemberId() {
            return null;
        }

        @Override
        public String message() {
            return null;
        }
    }
}
