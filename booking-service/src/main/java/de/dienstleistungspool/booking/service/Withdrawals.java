package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.config.BookingConfig;
import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingRepository;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.domain.EquivalentOffers;
import de.dienstleistungspool.booking.domain.Offer;
import de.dienstleistungspool.booking.domain.OfferRepository;
import de.dienstleistungspool.booking.messaging.events.BookingEvent;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The provider takes back a booking it cannot serve (a machine broke, a Wassermeister fell ill, a blackout): the
 * booking is WITHDRAWN, and its event names the nearest free equivalent offers for the same period, so the requester
 * can rebook one in a single call.
 */
@ApplicationScoped
public class Withdrawals {

    /** The actor recorded when a blackout withdraws bookings. */
    public static final String BLACKOUT = "blackout";

    /** What a blackout withdraws: everything booked for the period that has not started. */
    private static final Set<BookingStatus> NOT_STARTED = Set.of(BookingStatus.HELD, BookingStatus.REQUESTED,
            BookingStatus.CONFIRMED);

    @Inject
    BookingRepository bookings;

    @Inject
    OfferRepository offers;

    @Inject
    EquivalentOffers equivalents;

    @Inject
    BookingAudit audit;

    @Inject
    Waitlist waitlist;

    @Inject
    BookingConfig config;

    @Inject
    Caller caller;

    /** The owner's works staff withdraw a confirmed booking that has not started, with a reason. */
    @Transactional
    public Booking withdraw(UUID id, String reason) {
        Booking b = bookings.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Booking", id));
        if (!b.isProvider(caller.memberId())) {
            if (b.isConsumer(caller.memberId())) {
                throw ProblemException.forbidden("Only the offer's owner can withdraw booking " + id + "; cancel it instead");
            }
            throw ProblemException.notFound("Booking", id);
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest("reason-required", "A withdrawal needs a reason the requester can read");
        }
        if (b.status != BookingStatus.CONFIRMED) {
            throw ProblemException.conflict("invalid-transition", "Booking " + id + " is " + b.status
                    + "; only a CONFIRMED booking that has not started can be withdrawn"
                    + (b.status == BookingStatus.REQUESTED ? " (reject the request instead)" : ""));
        }
        withdrawn(b, caller.subject(), caller.memberId(), reason.strip());
        return b;
    }

    /**
     * A blackout of the offer arrived: every booking of its period that has not started is withdrawn. Runs in the
     * pool-events consumer's transaction, which holds the offer row exclusively, so no booking slips in meanwhile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int blackedOut(UUID offerId, UUID ownerMemberId, Instant start, Instant end, String reason) {
        int withdrawn = 0;
        for (Booking hit : bookings.activeOverlapping(offerId, start, end)) {
            bookings.getEntityManager().refresh(hit, LockModeType.PESSIMISTIC_WRITE);
            if (NOT_STARTED.contains(hit.status)) {
                withdrawn(hit, BLACKOUT, ownerMemberId, "Blackout " + start + "/" + end
                        + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
                withdrawn++;
            }
        }
        return withdrawn;
    }

    private void withdrawn(Booking b, String actor, UUID actorMember, String reason) {
        BookingStatus previous = b.status;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        b.status = BookingStatus.WITHDRAWN;
        b.holdExpiresAt = null;
        b.updatedAt = now;
        audit.record(b, previous, actor, actorMember, reason, now, new BookingEvents.Extra(null, alternatives(b)));
        waitlist.released(b);
    }

    /** The nearest free equivalent offers for the withdrawn booking's period, measured from the withdrawn offer. */
    List<BookingEvent.Alternative> alternatives(Booking b) {
        Offer offer = offers.findById(b.offerId);
        return equivalents.free(new EquivalentOffers.Need(b.regionId, b.category, b.sector, b.settlementMode,
                        b.consumerMemberId, b.startAt, b.endAt, offer.latitude, offer.longitude, b.offerId, false),
                        config.withdrawalAlternatives()).stream()
                .map(c -> new BookingEvent.Alternative(c.offerId(), c.title(), c.ownerMemberId(), c.distanceKm()))
                .toList();
    }
}
