package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.messaging.events.BookingEvent;
import de.dienstleistungspool.platform.outbox.Outbox;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a booking's transition into its {@code booking-events} message and writes it to the outbox in the same
 * transaction, keyed by offer id so one offer's events keep their order.
 */
@Singleton
public class BookingEvents {

    private static final Map<BookingStatus, String> TYPE_BY_STATUS = Map.of(
            BookingStatus.REQUESTED, "BookingRequested",
            BookingStatus.CONFIRMED, "BookingConfirmed",
            BookingStatus.REJECTED, "BookingRejected",
            BookingStatus.CANCELLED, "BookingCancelled",
            BookingStatus.IN_USE, "BookingStarted",
            BookingStatus.COMPLETED, "BookingCompleted",
            BookingStatus.NO_SHOW, "BookingNoShow");

    @Inject
    Outbox outbox;

    /** Publishes the event for the booking's current status. */
    public void published(Booking b, String actor, String reason, Instant at) {
        outbox.publish(of(b, actor, reason, at));
    }

    /** The outbox row of the event for the booking's current status, for the caller to insert with its change. */
    public Outbox.Row row(Booking b, String actor, String reason, Instant at) {
        return outbox.row(of(b, actor, reason, at));
    }

    static BookingEvent of(Booking b, String actor, String reason, Instant at) {
        BookingEvent.Usage usage = b.usageQuantity == null ? null
                : new BookingEvent.Usage(b.usageQuantity, b.usageUnit.name());
        return new BookingEvent(UUID.randomUUID(), TYPE_BY_STATUS.get(b.status), at, b.id, b.offerId, b.offerKind.name(), b.offerTitle, b.category,
                b.sector.name(), b.regionId, b.providerMemberId, b.consumerMemberId, b.startAt, b.endAt,
                b.bufferMinutes, b.status.name(), b.settlementMode.name(), usage, b.site, actor, reason,
                b.status == BookingStatus.CANCELLED ? b.lateCancellation : null);
    }
}
