package de.dienstleistungspool.booking.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a booking's audit trail: who moved it from which status to which, when and why.
 */
@Entity
public class BookingTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID bookingId;
    @Enumerated(EnumType.STRING)
    public BookingStatus fromStatus;
    @Enumerated(EnumType.STRING)
    public BookingStatus toStatus;
    public String actor;
    public UUID actorMemberId;
    public String reason;
    public Instant occurredAt;

    public static BookingTransition of(UUID bookingId, BookingStatus from, BookingStatus to, String actor,
                                       UUID actorMemberId, String reason, Instant at) {
        BookingTransition t = new BookingTransition();
        t.bookingId = bookingId;
        t.fromStatus = from;
        t.toStatus = to;
        t.actor = actor;
        t.actorMemberId = actorMemberId;
        t.reason = reason;
        t.occurredAt = at;
        return t;
    }
}
