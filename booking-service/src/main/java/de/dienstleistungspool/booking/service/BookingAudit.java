package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.domain.BookingTransition;
import de.dienstleistungspool.booking.domain.BookingTransitionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Records each transition twice in the same transaction: as a line of the audit trail and as an outbox event.
 */
@ApplicationScoped
public class BookingAudit {

    @Inject
    BookingTransitionRepository transitions;

    @Inject
    BookingEvents events;

    /** Records a new booking's request and, if the offer confirms automatically, its confirmation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordRequested(Booking b, String actor, UUID actorMember, boolean autoConfirmed) {
        BookingStatus finalStatus = b.status;
        b.status = BookingStatus.REQUESTED;
        record(b, null, actor, actorMember, null, b.createdAt);
        if (autoConfirmed) {
            b.status = BookingStatus.CONFIRMED;
            record(b, BookingStatus.REQUESTED, BookingRequests.AUTO_CONFIRM, null, "offer confirms automatically", b.createdAt);
        }
        b.status = finalStatus;
    }

    /** Records a transition from {@code from} to the booking's current status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Booking b, BookingStatus from, String actor, UUID actorMember, String reason, Instant at) {
        transitions.append(BookingTransition.of(b.id, from, b.status, actor, actorMember, reason, at));
        events.published(b, actor, reason, at);
    }
}
