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
        List<Step> steps = new ArrayList<>(2);
        steps.add(new Step(BookingStatus.REQUESTED, actor, actorMember, null));
        if (autoConfirmed) {
            steps.add(new Step(BookingStatus.CONFIRMED, BookingRequests.AUTO_CONFIRM, null, "offer confirms automatically"));
        }
        return inserted(b, steps);
    }

    /** One status a new booking passes through on insert, with who moved it there and why. */
    public record Step(BookingStatus status, String actor, UUID actorMember, String reason) {
    }

    /**
     * The audit lines and events of a new booking that passes through the given statuses in order (e.g. HELD for a
     * waitlist slot, or REQUESTED then CONFIRMED for an emergency request); the booking ends in the last one.
     */
    public Trail inserted(Booking b, List<Step> steps) {
        List<BookingTransition> lines = new ArrayList<>(steps.size());
        List<Outbox.Row> rows = new ArrayList<>(steps.size());
        BookingStatus previous = null;
        for (Step step : steps) {
            b.status = step.status();
            lines.add(BookingTransition.of(b.id, previous, b.status, step.actor(), step.actorMember(), step.reason(), b.createdAt));
            rows.add(events.row(b, step.actor(), step.reason(), b.createdAt));
            previous = b.status;
        }
        return new Trail(lines, rows);
    }

    /** Records a transition from {@code from} to the booking's current status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Booking b, BookingStatus from, String actor, UUID actorMember, String reason, Instant at) {
        transitions.append(BookingTransition.of(b.id, from, b.status, actor, actorMember, reason, at));
        events.published(b, actor, reason, at);
    }

    /**
     * Records a step that keeps the booking's status but changes it otherwise (an extension asked for, granted or
     * refused) as an audit line and an event of the given type.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChange(Booking b, String eventType, String actor, UUID actorMember, String reason, Instant at,
                             BookingEvents.Extra extra) {
        transitions.append(BookingTransition.of(b.id, b.status, b.status, actor, actorMember,
                reason == null ? eventType : eventType + ": " + reason, at));
        events.published(eventType, b, actor, reason, at, extra);
    }

    /** Records a status transition whose event carries more than the booking (a withdrawal's alternatives). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Booking b, BookingStatus from, String actor, UUID actorMember, String reason, Instant at,
                       BookingEvents.Extra extra) {
        transitions.append(BookingTransition.of(b.id, from, b.status, actor, actorMember, reason, at));
        events.published(BookingEvents.typeOf(b.status), b, actor, reason, at, extra);
    }
}
