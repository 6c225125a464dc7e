package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingRepository;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.domain.OfferRepository;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The life of a held waitlist slot after it was made: the waitlisted member claims it in time (it becomes a normal
 * request), or its hold time ends and the slot passes to the next entry. The expiry job is safe on every instance at
 * once: each takes the due holds with {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class HeldSlots {

    private static final int EXPIRY_BATCH = 100;

    @Inject
    BookingRepository bookings;

    @Inject
    OfferRepository offers;

    @Inject
    BookingAudit audit;

    @Inject
    Waitlist waitlist;

    @Inject
    Caller caller;

    /** The requesting member's dispatcher takes the held slot: it becomes a request (confirmed at once if the offer says so). */
    @Transactional
    public Booking claim(UUID id, String reason) {
        Booking b = bookings.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Booking", id));
        if (!b.isConsumer(caller.memberId())) {
            if (b.isProvider(caller.memberId())) {
                throw ProblemException.forbidden("Only the waitlisted member can claim held booking " + id);
            }
            throw ProblemException.notFound("Booking", id);
        }
        if (b.status != BookingStatus.HELD) {
            throw ProblemException.conflict("invalid-transition", "Booking " + id + " is " + b.status
                    + "; only a HELD slot can be claimed");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!b.holdExpiresAt.isAfter(now)) {
            throw ProblemException.conflict("hold-expired", "The hold of booking " + id + " ended at " + b.holdExpiresAt
                    + "; the slot has passed to the next waitlist entry");
        }
        b.status = BookingStatus.REQUESTED;
        b.holdExpiresAt = null;
        b.updatedAt = now;
        audit.record(b, BookingStatus.HELD, caller.subject(), caller.memberId(), reason, now);
        if (offers.findById(b.offerId).autoConfirm) {
            b.status = BookingStatus.CONFIRMED;
            audit.record(b, BookingStatus.REQUESTED, BookingRequests.AUTO_CONFIRM, null, "offer confirms automatically", now);
        }
        waitlist.claimed(b, now);
        return b;
    }

    @Scheduled(every = "${booking.waitlist.expiry-interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireDueHolds() {
        expireDue(Instant.now());
    }

    /** Ends the holds due at {@code now} and hands each freed slot to the next entry; returns how many ended. */
    @Transactional
    public int expireDue(Instant now) {
        List<Booking> due = bookings.lockExpiredHolds(now, EXPIRY_BATCH);
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        for (Booking b : due) {
            b.status = BookingStatus.EXPIRED;
            b.updatedAt = at;
            audit.record(b, BookingStatus.HELD, Waitlist.ACTOR, null, "hold time ended at " + b.holdExpiresAt, at);
        }
        for (Booking b : due) {
            waitlist.released(b);
        }
        return due.size();
    }
}
