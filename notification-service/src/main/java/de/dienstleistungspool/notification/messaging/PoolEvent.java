package de.dienstleistungspool.notification.messaging;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import de.dienstleistungspool.platform.messaging.IgnoredEvent;
import de.dienstleistungspool.platform.messaging.IncomingEvent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The {@code pool-events} messages (docs/EVENTS.md) notification-service reads: offer snapshots, typed by {@code eventType}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "eventType",
        visible = true, defaultImpl = PoolEvent.Other.class)
@JsonSubTypes(@JsonSubTypes.Type(value = PoolEvent.OfferSnapshot.class,
        names = {"OfferCreated", "OfferChanged", "OfferPaused", "OfferResumed", "OfferRetired"}))
public sealed interface PoolEvent extends IncomingEvent {

    /** The offer after a change: its title, kind and where a unit is picked up, which e-mails mention. */
    record OfferSnapshot(UUID eventId, String eventType, @NotNull UUID offerId, @NotNull UUID ownerMemberId, String title,
                         String kind, Depot depot, @Valid OnCall onCall) implements PoolEvent {
    }

    /** Whom the owner alerts when an emergency request books the offer. */
    record OnCall(String name, @Email String email, String phone) {
    }

    /** Where the offer stands. */
    record Depot(String name) {
    }

    /** Any other pool event (blackouts): not needed here. */
    record Other(UUID eventId, String eventType) implements PoolEvent, IgnoredEvent {
    }
}
