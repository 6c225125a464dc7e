package de.dienstleistungspool.booking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a booking's audit trail: who moved it from which status to which, when and why.
 */
@Entity
@Table(name = "booking_transition")
public class BookingTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "booking_id")
    public UUID bookingId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public BookingStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public BookingStatus toStatus;
    public String actor;
    @Column(name = "actor_member_id")
    public UUID actorMemberId;
    public String reason;
    @Column(name = "occurred_at")
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
