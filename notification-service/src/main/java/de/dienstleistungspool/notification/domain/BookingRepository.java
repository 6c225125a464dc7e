package de.dienstleistungspool.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reads and writes {@link Booking} rows, finds the bookings that are due a reminder and claims each reminder once.
 */
@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<Booking, UUID> {

    /** Confirmed bookings that start within {@code leadSeconds} after {@code now} and have no start reminder yet. */
    public List<Booking> startingWithoutReminder(Instant now, double leadSeconds, String reminderKind) {
        return withoutReminder("b.status = 'CONFIRMED' and b.start_at > cast(?1 as timestamptz) "
                        + "and b.start_at <= cast(?1 as timestamptz) + make_interval(secs => ?2)",
                "b.start_at - make_interval(secs => ?2)", now, leadSeconds, reminderKind);
    }

    /** Bookings in use past their end at {@code now} that have no overdue reminder yet. */
    public List<Booking> overdueWithoutReminder(Instant now, String reminderKind) {
        // ?2 is bound in both queries; overdue reminders do not depend on the lead time
        return withoutReminder("b.status = 'IN_USE' and b.end_at < cast(?1 as timestamptz) and ?2 >= 0", "b.end_at", now, 0,
                reminderKind);
    }

    /** Records the reminder; false if another instance already issued it (the primary key decides). */
    public boolean claimReminder(UUID bookingId, String reminderKind, Instant dueAt) {
        return getEntityManager().createNativeQuery(
                        "insert into reminder (booking_id, reminder_kind, due_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, bookingId)
                .setParameter(2, reminderKind)
                .setParameter(3, dueAt)
                .executeUpdate() > 0;
    }

    @SuppressWarnings("unchecked")
    private List<Booking> withoutReminder(String condition, String dueAt, Instant now, double leadSeconds, String reminderKind) {
        return getEntityManager().createNativeQuery("select b.* from booking b where " + condition + " and not exists ("
                        + "select 1 from reminder r where r.booking_id = b.booking_id and r.reminder_kind = ?3 and r.due_at = " + dueAt + ")",
                        Booking.class)
                .setParameter(1, now)
                .setParameter(2, leadSeconds)
                .setParameter(3, reminderKind)
                .getResultList();
    }
}
