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
import java.util.function.Function;

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

    /** A validated booking of the caller's member (status set by the offer's policy) and its offer, not yet stored. */
    public record Prepared(Booking booking, Offer offer) {
    }

    /** Checks the request against the offer and the policy and builds the booking; writes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Prepared prepare(BookingDraft draft) {
        Offer offer = policy.bookableOffer(draft.offerId());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new Prepared(policy.prepare(offer, draft, null, now), offer);
    }

    /**
     * Stores a prepared booking with its audit trail and events and commits the transaction in the same round trip;
     * the caller writes nothing after it. A taken period aborts that round trip inside the database (SQLSTATE BK003)
     * and answers 409 naming the period it conflicts with.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Booking storeAndCommit(Prepared prepared) {
        Booking b = prepared.booking();
        withTrail(b, prepared.offer(), trail -> {
            bookings.insertAndCommit(b, trail.lines(), trail.events());
            return true;
        });
        return b;
    }

    /**
     * Inserts a prepared booking and records its first transitions.
     *
     * @return false, with nothing written, if an active booking already occupies the period
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insert(Booking b, Offer offer) {
        return withTrail(b, offer, trail -> bookings.insertIfFree(b, trail.lines(), trail.events()));
    }

    /** Runs a write of the booking with its first audit lines and events; the database's refusals become 409s. */
    private <T> T withTrail(Booking b, Offer offer, Function<BookingAudit.Trail, T> write) {
        BookingAudit.Trail trail = audit.requested(b, caller.subject(), caller.memberId(), offer.autoConfirm);
        try {
            return write.apply(trail);
        } catch (RuntimeException e) {
            throw DatabaseRefusals.translate(e, b);
        }
    }

    /** The 409 for a booking whose period is taken, naming the active booking it overlaps. */
    ProblemException overlap(Booking b) {
        List<Booking> taken = bookings.activeOverlapping(b.offerId, b.startAt, b.occupiedUntil());
        return taken.isEmpty() ? DatabaseRefusals.overlap(b, "another booking", 0)
                : DatabaseRefusals.overlap(b, taken.get(0).startAt + "/" + taken.get(0).endAt, taken.get(0).bufferMinutes);
    }
}
