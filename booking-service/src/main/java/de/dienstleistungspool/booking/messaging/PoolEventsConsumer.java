package de.dienstleistungspool.booking.messaging;

import de.dienstleistungspool.booking.domain.Blackout;
import de.dienstleistungspool.booking.domain.BlackoutRepository;
import de.dienstleistungspool.booking.domain.Offer;
import de.dienstleistungspool.booking.domain.OfferRepository;
import de.dienstleistungspool.booking.service.Withdrawals;
import de.dienstleistungspool.platform.messaging.EventConsumer;
import de.dienstleistungspool.platform.messaging.PoisonMessage;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import de.dienstleistungspool.platform.time.WeeklyHours;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps booking-service's view of the offers and their blackouts current from {@code pool-events}, so a booking is
 * validated without calling pool-service; a blackout withdraws the bookings it hits that have not started, and a
 * blackout of an offer this service does not know is dead-lettered.
 */
@ApplicationScoped
public class PoolEventsConsumer extends EventConsumer<PoolEvent> {

    @Inject
    OfferRepository offers;

    @Inject
    BlackoutRepository blackouts;

    @Inject
    Withdrawals withdrawals;

    PoolEventsConsumer() {
        super("pool-events", PoolEvent.class);
    }

    @Incoming("pool-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        consume(message);
    }

    /** A blackout must name a known offer; the offer stays locked until commit, so no booking slips in meanwhile. */
    @Override
    protected void check(PoolEvent e) {
        if (e instanceof PoolEvent.OfferSnapshot o) {
            weeklyMinutes(o);
        }
        if (e instanceof PoolEvent.BlackoutAdded b && !offers.lockExclusively(b.offerId())) {
            throw PoisonMessage.implausible("blackout " + b.blackoutId() + " names unknown offer " + b.offerId());
        }
    }

    @Override
    protected void apply(PoolEvent e) {
        if (e instanceof PoolEvent.OfferSnapshot o) {
            Offer offer = offer(o);
            offers.upsert(offer);
            offers.updateDispatchFacts(offer);
        } else if (e instanceof PoolEvent.BlackoutAdded b) {
            blackouts.add(new Blackout(b.blackoutId(), b.offerId(), b.start(), b.end(), b.reason()));
            withdrawals.blackedOut(b.offerId(), b.ownerMemberId(), b.start(), b.end(), b.reason());
        } else if (e instanceof PoolEvent.BlackoutRemoved r) {
            blackouts.remove(r.blackoutId());
        }
    }

    private static Offer offer(PoolEvent.OfferSnapshot s) {
        Offer o = new Offer();
        o.id = s.offerId();
        o.ownerMemberId = s.ownerMemberId();
        o.regionId = s.regionId();
        o.kind = s.kind();
        o.category = s.category();
        o.title = s.title();
        o.sectors = s.sectors();
        o.unit = s.unit();
        o.bufferMinutes = s.bufferMinutes() == null ? 0 : s.bufferMinutes();
        o.settlementModes = s.settlementModes();
        o.autoConfirm = Boolean.TRUE.equals(s.autoConfirm());
        o.status = s.status();
        o.snapshotAt = s.occurredAt();
        o.latitude = s.depot() == null ? null : s.depot().latitude();
        o.longitude = s.depot() == null ? null : s.depot().longitude();
        o.emergencyUse = Boolean.TRUE.equals(s.emergencyUse());
        o.onCallName = s.onCall() == null ? null : s.onCall().name();
        o.onCallEmail = s.onCall() == null ? null : s.onCall().email();
        o.onCallPhone = s.onCall() == null ? null : s.onCall().phone();
        o.personId = s.person() == null ? null : s.person().id();
        o.personName = s.person() == null ? null : s.person().name();
        o.weeklyMinutes = weeklyMinutes(s);
        o.capacityPerDay = s.capacityPerDay();
        return o;
    }

    /** The snapshot's bookable hours in their stored form (null: around the clock, also for snapshots without them). */
    private static String weeklyMinutes(PoolEvent.OfferSnapshot s) {
        if (s.bookableHours() == null) {
            return null;
        }
        try {
            return WeeklyHours.of(s.bookableHours().stream()
                    .map(h -> new WeeklyHours.Span(h.days(), h.from(), h.to())).toList()).multirange();
        } catch (IllegalArgumentException e) {
            throw PoisonMessage.implausible("offer " + s.offerId() + " has bookable hours that are no pattern: " + e.getMessage());
        }
    }
}
