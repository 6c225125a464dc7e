package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.BlackoutRepository;
import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingRepository;
import de.dienstleistungspool.booking.domain.Offer;
import de.dienstleistungspool.booking.domain.OfferRepository;
import de.dienstleistungspool.booking.domain.WaitlistEntry;
import de.dienstleistungspool.booking.domain.WaitlistRepository;
import de.dienstleistungspool.platform.outbox.Outbox;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A dispatcher's side of the waitlist: join the queue for a taken period, see and leave one's entries.
 */
@ApplicationScoped
public class WaitlistRequests {

    @Inject
    WaitlistRepository entries;

    @Inject
    BookingRepository bookings;

    @Inject
    BlackoutRepository blackouts;

    @Inject
    OfferRepository offers;

    @Inject
    BookingPolicy policy;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    /**
     * Queues the caller's member for a period of the offer that is taken now; the request is checked as a booking
     * would be. A free period is refused (book it instead). The entry is a need the pool did not meet, published as
     * {@code WaitlistJoined} for the shortage radar in the same transaction.
     */
    @Transactional
    public WaitlistEntry join(BookingDraft draft, Instant expiresAt) {
        Offer offer = policy.bookableOffer(draft.offerId());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Booking probe = policy.prepare(offer, draft, null, now);
        if (!expiresAt.isAfter(now)) {
            throw ProblemException.badRequest("invalid-expiry", "The entry's expiry " + expiresAt + " has already passed");
        }
        if (!offers.withinBookableHours(offer.id, probe.startAt, probe.endAt)) {
            throw DatabaseRefusals.outsideHours(probe, offer.weeklyMinutes);
        }
        if (bookings.activeOverlapping(offer.id, probe.startAt, probe.occupiedUntil()).isEmpty()
                && blackouts.overlapping(offer.id, probe.startAt, probe.occupiedUntil()).isEmpty()) {
            throw ProblemException.conflict("period-free", "Offer " + offer.id + " is free for " + probe.startAt + "/"
                    + probe.endAt + "; book it instead of joining the waitlist");
        }
        WaitlistEntry e = new WaitlistEntry();
        e.id = UUID.randomUUID();
        e.offerId = offer.id;
        e.memberId = caller.memberId();
        e.regionId = offer.regionId;
        e.requestedBy = caller.subject();
        e.startAt = probe.startAt;
        e.endAt = probe.endAt;
        e.sector = probe.sector;
        e.settlementMode = probe.settlementMode;
        e.site = probe.site;
        e.scopeQuantity = probe.scopeQuantity;
        e.scopeUnit = probe.scopeUnit;
        e.note = probe.note;
        e.expiresAt = expiresAt.isBefore(probe.startAt) ? expiresAt : probe.startAt;
        e.status = WaitlistEntry.Status.WAITING;
        e.createdAt = now;
        e.updatedAt = now;
        entries.persist(e);
        outbox.publish(UnmetNeeds.event("WaitlistJoined", offer.id, offer.regionId, offer.ownerMemberId, e.memberId,
                offer.kind.name(), offer.category, e.sector.name(), e.startAt, e.endAt, null));
        entries.flush();
        return entries.findById(e.id);
    }

    /** One of the caller's member's entries. */
    public WaitlistEntry mine(UUID id) {
        WaitlistEntry e = entries.findById(id);
        if (e == null || !e.memberId.equals(caller.memberId())) {
            throw ProblemException.notFound("Waitlist entry", id);
        }
        return e;
    }

    /** One page of the caller's member's entries, newest first. */
    public Paged<WaitlistEntry> mine(int page, int size) {
        return Paged.of(entries.ofMember(caller.memberId()), page, size);
    }

    /** Leaves the queue; an entry whose slot is held is left by cancelling the held booking. */
    @Transactional
    public WaitlistEntry leave(UUID id) {
        WaitlistEntry e = mine(id);
        entries.getEntityManager().refresh(e, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (e.status != WaitlistEntry.Status.WAITING) {
            throw ProblemException.conflict("invalid-transition", "Waitlist entry " + id + " is " + e.status
                    + "; only a waiting entry can be left" + (e.bookingId == null ? "" : " (its held booking is " + e.bookingId + ")"));
        }
        e.status = WaitlistEntry.Status.CANCELLED;
        e.updatedAt = Instant.now();
        return e;
    }
}
