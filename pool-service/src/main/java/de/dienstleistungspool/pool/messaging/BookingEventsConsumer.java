package de.dienstleistungspool.pool.messaging;

import de.dienstleistungspool.platform.messaging.EventConsumer;
import de.dienstleistungspool.platform.messaging.PoisonMessage;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import de.dienstleistungspool.pool.domain.BusyPeriodRepository;
import de.dienstleistungspool.pool.domain.BusyPeriodRepository.BookingState;
import de.dienstleistungspool.pool.domain.Offer;
import de.dienstleistungspool.pool.domain.OfferRepository;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Builds the busy-period projection from booking-events, tolerant of one booking's events arriving in any order (the
 * projection keeps the latest state, see {@link BusyPeriodRepository#apply}).
 */
@ApplicationScoped
public class BookingEventsConsumer extends EventConsumer<BookingEvent> {

    private static final Set<String> TYPES = Set.of("BookingHeld", "BookingRequested", "BookingConfirmed",
            "BookingRejected", "BookingCancelled", "BookingStarted", "BookingCompleted", "BookingNoShow",
            "BookingWithdrawn", "BookingHoldExpired", "BookingExtended");

    @Inject
    BusyPeriodRepository busy;

    @Inject
    ProjectionLag lag;

    @Inject
    OfferRepository offers;

    BookingEventsConsumer() {
        super("booking-events", BookingEvent.class);
    }

    @Incoming("booking-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        consume(message);
    }

    @Override
    protected boolean wants(BookingEvent e) {
        return TYPES.contains(e.eventType());
    }

    /**
     * A booking names an offer of this service: it must exist, lie in the event's region and belong to the event's
     * provider, or the event is a forgery or a bug and makes nothing busy.
     */
    @Override
    protected void check(BookingEvent e) {
        Offer offer = e.offerId() == null ? null : offers.findById(e.offerId());
        if (offer == null) {
            throw PoisonMessage.implausible("booking " + e.bookingId() + " names unknown offer " + e.offerId());
        }
        if (!offer.regionId.equals(e.regionId()) || !offer.ownerMemberId.equals(e.providerMemberId())) {
            throw PoisonMessage.implausible("booking " + e.bookingId() + " names offer " + e.offerId()
                    + " with another region or provider than the offer's");
        }
    }

    @Override
    protected void apply(BookingEvent e) {
        busy.apply(new BookingState(e.bookingId(), e.offerId(), e.regionId(), e.providerMemberId(), e.consumerMemberId(),
                e.status(), e.start(), e.end(), e.bufferMinutes() == null ? 0 : Math.max(0, e.bufferMinutes()),
                e.offerTitle(), e.site(), e.occurredAt(), e.eventId()));
        lag.applied(e.occurredAt());
    }
}
