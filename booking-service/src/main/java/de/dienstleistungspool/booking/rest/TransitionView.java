package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.BookingTransition;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a booking's audit trail: who (token subject) moved it from which status to which, when and why.
 */
public record TransitionView(String from, String to, String actor, UUID actorMemberId, String reason, Instant at) {

    static TransitionView of(BookingTransition t) {
        return new TransitionView(t.fromStatus == null ? null : t.fromStatus.name(), t.toStatus.name(), t.actor,
                t.actorMemberId, t.reason, t.occurredAt);
    }
}
