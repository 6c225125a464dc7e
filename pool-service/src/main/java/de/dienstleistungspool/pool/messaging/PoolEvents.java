package de.dienstleistungspool.pool.messaging;

import de.dienstleistungspool.platform.outbox.Outbox;
import de.dienstleistungspool.platform.time.WeeklyHours;
import de.dienstleistungspool.pool.domain.Blackout;
import de.dienstleistungspool.pool.domain.Offer;
import de.dienstleistungspool.pool.messaging.events.BlackoutEvent;
import de.dienstleistungspool.pool.messaging.events.OfferSnapshotEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writes pool-events into the outbox, in the transaction of the change they describe, keyed by offer id. */
@ApplicationScoped
public class PoolEvents {

    @Inject
    Outbox outbox;

    /** Publishes the offer's full snapshot under the given type (OfferCreated, OfferChanged, ...). */
    public void offer(String eventType, Offer o, Instant occurredAt) {
        outbox.publish(snapshot(UUID.randomUUID(), eventType, occurredAt, o));
    }

    public void blackout(String eventType, Offer o, Blackout b, Instant occurredAt) {
        outbox.publish(new BlackoutEvent(UUID.randomUUID(), eventType, occurredAt,
                o.id, b.id, o.ownerMemberId, b.start, b.end, b.reason));
    }

    public static OfferSnapshotEvent snapshot(UUID eventId, String eventType, Instant occurredAt, Offer o) {
        return new OfferSnapshotEvent(eventId, eventType, occurredAt, o.id, o.ownerMemberId, o.regionId, o.kind.name(),
                o.category, o.title, List.of(o.sectors), new OfferSnapshotEvent.Depot(o.depotName, o.latitude, o.longitude),
                o.unit.name(), o.bufferMinutes, List.of(o.settlementModes), o.autoConfirm, o.status.name(), o.emergencyUse,
                o.onCallEmail == null ? null : new OfferSnapshotEvent.OnCall(o.onCallName, o.onCallEmail, o.onCallPhone),
                o.personId == null ? null : new OfferSnapshotEvent.Person(o.personId, o.personName),
                WeeklyHours.parse(o.weeklyMinutes).spans().stream().map(s -> new OfferSnapshotEvent.BookableHours(
                        s.days().stream().map(Enum::name).toList(), s.from(), s.to())).toList(), o.capacityPerDay);
    }
}
