package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingRepository;
import de.dienstleistungspool.booking.domain.Offer;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Requests a single booking: validates it, lets the exclusion constraint decide about overlaps, records the audit
 * trail and the events, and confirms at once when the offer's policy says so.
 */
@Singleton
public class BookingRequests {

    /** The actor recorded when an offer's policy confirms a request without a person. */
    public static final String AUTO_CONFIRM = "auto-confirm";

    @Inject
    BookingPolicy policy;

    @Inject
    BookingRepository bookings;

    @Inject
    BookingAudit audit;

    @Inject
    Caller caller;

    @Inject
    UnmetNeeds needs;

    /**
     * Books the offer for the caller's member: a period taken by an active booking is 409 naming that booking's
     * period, as are a paused or retired offer and a blackout (refused by the database). A refusal for lack of
     * capacity is noted for the shortage radar.
     */
    @Transactional
    public Booking request(BookingDraft draft) {
        Offer offer = policy.bookableOffer(draft.offerId());
        Booking b = policy.prepare(offer, draft, null, Instant.now().truncatedTo(ChronoUnit.MICROS));
        try {
            if (!insert(b, offer)) {
                throw overlap(b);
            }
        } catch (ProblemException refused) {
            needs.refused(b, refused);
            throw refused;
        }
        return b;
    }

    /**
     * Inserts a prepared booking and records its first transitions; the database's refusals (offer unavailable,
     * blackout) become 409s.
     *
     * @return false, with nothing written, if an active booking already occupies the period
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insert(Booking b, Offer offer) {
        BookingAudit.Trail trail = audit.requested(b, caller.subject(), caller.optionalMemberId().orElse(null), offer.autoConfirm);
        try {
            return bookings.insertIfFree(b, trail.lines(), trail.events());
        } catch (RuntimeException e) {
            throw DatabaseRefusals.translate(e, b);
        }
    }

    /** The 409 for a booking whose period is taken, naming the active booking it overlaps. */
    ProblemException overlap(Booking b) {
        List<Booking> taken = bookings.activeOverlapping(b.offerId, b.startAt, b.occupiedUntil());
        if (taken.isEmpty()) {
            List<Booking> person = bookings.activeOfOffersPerson(b.offerId, b.startAt, b.occupiedUntil());
            if (!person.isEmpty()) {
                return DatabaseRefusals.personBooked(b, person.get(0).startAt + "/" + person.get(0).endAt);
            }
        }
        return taken.isEmpty() ? DatabaseRefusals.overlap(b, "another booking", 0)
                : DatabaseRefusals.overlap(b, taken.get(0).startAt + "/" + taken.get(0).endAt, taken.get(0).bufferMinutes);
    }
}
