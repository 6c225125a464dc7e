package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.domain.BookingTransition;
import de.dienstleistungspool.booking.domain.BookingTransitionRepository;
import de.dienstleistungspool.platform.outbox.Outbox;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records each transition twice in the same transaction: as a line of the audit trail and as an outbox event.
 */
@Singleton
public class BookingAudit {

    @Inject
    BookingTransitionRepository transitions;

    @Inject
    BookingEvents events;

    /** A new booking's first audit lines and their events, to be inserted together with the booking. */
    public record Trail(List<BookingTransition> lines, List<Outbox.Row> events) {
    }

    /**
     * The audit lines and events of a new booking's request and, if the offer confirms automatically, of its
     * confirmation; {@link de.dienstleistungspool.booking.domain.BookingRepository#insertIfFree} writes them in the
     * booking's own statement.
     */
    public Trail requested(Booking b, String actor, UUID actorMember, boolean autoConfirmed) {
        BookingStatus finalStatus = b.status;
        List<BookingTransition> lines = new ArrayList<>(2);
        List<Outbox.Row> rows = new ArrayList<>(2);
        b.status = BookingStatus.REQUESTED;
        lines.add(BookingTransition.of(b.id, null, b.status, actor, actorMember, null, b.createdAt));
        rows.add(events.row(b, actor, null, b.createdAt));
        if (autoConfirmed) {
            String reason = "offer confirms automatically";
            b.status = BookingStatus.CONFIRMED;
            lines.add(BookingTransition.of(b.id, BookingStatus.REQUESTED, b.status, BookingRequests.AUTO_CONFIRM, null,
                    reason, b.createdAt));
            rows.add(events.row(b, BookingRequests.AUTO_CONFIRM, reason, b.createdAt));
        }
        b.status = finalStatus;
        return new Trail(lines, rows);
    }

    /** Records a transition from {@code from} to the booking's current status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Booking b, BookingStatus from, String actor, UUID actorMember, String reason, Instant at) {
        transitions.append(BookingTransition.of(b.id, from, b.status, actor, actorMember, reason, at));
        events.published(b, actor, reason, at);
    }
}
