package de.dienstleistungspool.booking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Appends to and reads a booking's audit trail.
 */
@ApplicationScoped
public class BookingTransitionRepository implements PanacheRepositoryBase<BookingTransition, Long> {

    /** Appends one line with a plain JDBC insert (the hot path of every booking). */
    public void append(BookingTransition t) {
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement("insert into booking_transition (booking_id, "
                    + "from_status, to_status, actor, actor_member_id, reason, occurred_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, t.bookingId);
                s.setString(2, t.fromStatus == null ? null : t.fromStatus.name());
                s.setString(3, t.toStatus.name());
                s.setString(4, t.actor);
                s.setObject(5, t.actorMemberId, java.sql.Types.OTHER);
                s.setString(6, t.reason);
                s.setObject(7, Instants.utc(t.occurredAt));
                s.executeUpdate();
            }
        });
    }

    public List<BookingTransition> history(UUID bookingId) {
        return list("bookingId = ?1 order by id", bookingId);
    }
}
