package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.messaging.events.BookingEvent;
import de.dienstleistungspool.platform.outbox.Outbox;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a booking's transition into its {@code booking-events} message and writes it to the outbox in the same
 * transaction, keyed by offer id so one offer's events keep their order.
 */
@Singleton
public class BookingEvents {

    private static final Map<BookingStatus, String> TYPE_BY_STATUS = Map.of(
            BookingStatus.HELD, "BookingHeld",
            BookingStatus.REQUESTED, "BookingRequested",
            BookingStatus.CONFIRMED, "BookingConfirmed",
            BookingStatus.REJECTED, "BookingRejected",
            BookingStatus.CANCELLED, "BookingCancelled",
            BookingStatus.IN_USE, "BookingStarted",
            BookingStatus.COMPLETED, "BookingCompleted",
            BookingStatus.NO_SHOW, "BookingNoShow",
            BookingStatus.WITHDRAWN, "BookingWithdrawn",
            BookingStatus.EXPIRED, "BookingHoldExpired");

    /** What an event says beyond the booking itself: the end before an extension, a withdrawal's alternatives. */
    public record Extra(Instant previousEnd, List<BookingEvent.Alternative> alternatives) {

        public static final Extra NONE = new Extra(null, null);
    }

    @Inject
    Outbox outbox;

    /** Publishes the event for the booking's current status. */
    public void published(Booking b, String actor, String reason, Instant at) {
        outbox.publish(of(TYPE_BY_STATUS.get(b.status), b, actor, reason, at, Extra.NONE));
    }

    /** Publishes an event of the given type (e.g. {@code BookingExtended}) that is not a status change. */
    public void published(String eventType, Booking b, String actor, String reason, Instant at, Extra extra) {
        outbox.publish(of(eventType, b, actor, reason, at, extra));
    }

    /** The outbox row of the event for the booking's current status, for the caller to insert with its change. */
    public Outbox.Row row(Booking b, String actor, String reason, Instant at) {
        return outbox.row(of(TYPE_BY_STATUS.get(b.status), b, actor, reason, at, Extra.NONE));
    }

    /** The event type for a status, e.g. {@code BookingWithdrawn} for WITHDRAWN. */
    public static String typeOf(BookingStatus status) {
        return TYPE_BY_STATUS.get(status);
    }

    static BookingEvent of(String eventType, Booking b, String actor, String reason, Instant at, Extra extra) {
        BookingEvent.Usage usage = b.usageQuantity == null ? null
                : new BookingEvent.Usage(b.usageQuantity, b.usageUnit.name());
        return new BookingEvent(UUID.randomUUID(), eventType, at, b.id, b.offerId, b.offerKind.name(), b.offerTitle, b.category,
                b.sector.name(), b.regionId, b.providerMemberId, b.consumerMemberId, b.startAt, b.endAt,
                b.bufferMinutes, b.status.name(), b.settlementMode.name(), usage, b.site, actor, reason,
                b.status == BookingStatus.CANCELLED ? b.lateCancellation : null, b.replacesBookingId, b.emergency,
                b.status == BookingStatus.HELD ? b.holdExpiresAt : null, extra.previousEnd(), b.requestedEndAt,
                extra.alternatives(), b.externalReference, b.costCentre);
    }
}
