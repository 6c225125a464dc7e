package de.dienstleistungspool.notification.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.notification.config.NotificationConfig;
import de.dienstleistungspool.notification.domain.Booking;
import de.dienstleistungspool.notification.domain.BookingRepository;
import de.dienstleistungspool.notification.domain.NotificationType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Issues reminders: before a confirmed booking starts (pick-up, default 24 h ahead) and when an equipment or job in
 * use is past its end. Each reminder is a {@code reminder} row inserted in the transaction that creates its
 * notifications, so instances racing for the same reminder issue it once: the loser waits on the primary key and
 * then finds it taken. Bookings whose reminder is already issued are filtered out by the query, which only saves work.
 */
@ApplicationScoped
public class Reminders {

    @Inject
    BookingRepository bookings;

    @Inject
    NotificationFanout fanout;

    @Inject
    NotificationConfig config;

    @Inject
    ObjectMapper json;

    @Scheduled(every = "${notification.reminders.every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "reminders")
    void scheduled() {
        issueDue(Instant.now());
    }

    /** Issues every reminder due at {@code now} that no instance issued yet; returns how many this call issued. */
    public int issueDue(Instant now) {
        List<Booking> startingSoon = pending(
                "b.status = 'CONFIRMED' and b.start_at > cast(?1 as timestamptz) and b.start_at <= cast(?1 as timestamptz) + make_interval(secs => ?2)",
                "b.start_at - make_interval(secs => ?2)", NotificationType.BookingStartsSoon, now);
        // the lead time (?2) is bound in both queries; overdue reminders do not depend on it
        List<Booking> overdue = pending("b.status = 'IN_USE' and b.end_at < cast(?1 as timestamptz) and ?2 >= 0",
                "b.end_at", NotificationType.BookingReturnOverdue, now);
        int issued = 0;
        for (Booking b : startingSoon) {
            issued += issue(b, NotificationType.BookingStartsSoon, b.startAt.minus(config.reminders().lead()), now) ? 1 : 0;
        }
        for (Booking b : overdue) {
            issued += issue(b, NotificationType.BookingReturnOverdue, b.endAt, now) ? 1 : 0;
        }
        return issued;
    }

    /** Bookings matching the condition whose reminder of this kind, at its due time, was not issued yet. */
    @SuppressWarnings("unchecked")
    private List<Booking> pending(String condition, String dueAt, NotificationType kind, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> bookings.getEntityManager().createNativeQuery(
                        "select b.* from booking b where " + condition + " and not exists (select 1 from reminder r "
                                + "where r.booking_id = b.booking_id and r.reminder_kind = ?3 and r.due_at = " + dueAt + ")", Booking.class)
                .setParameter(1, now)
                .setParameter(2, (double) config.reminders().lead().toSeconds())
                .setParameter(3, kind.name())
                .getResultList());
    }

    private boolean issue(Booking b, NotificationType kind, Instant dueAt, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int claimed = bookings.getEntityManager().createNativeQuery(
                            "insert into reminder (booking_id, reminder_kind, due_at) values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, b.bookingId)
                    .setParameter(2, kind.name())
                    .setParameter(3, dueAt)
                    .executeUpdate();
            if (claimed == 0) {
                return false;
            }
            UUID eventId = UUID.nameUUIDFromBytes((b.bookingId + "|" + kind + "|" + dueAt).getBytes(StandardCharsets.UTF_8));
            fanout.fanOut(new NotifiableEvent(eventId, kind, now, BookingProjection.facts(b), payload(eventId, kind, now, dueAt, b)));
            return true;
        });
    }

    private String payload(UUID eventId, NotificationType kind, Instant now, Instant dueAt, Booking b) {
        ObjectNode node = json.createObjectNode()
                .put("eventId", eventId.toString())
                .put("eventType", kind.name())
                .put("occurredAt", now.toString())
                .put("bookingId", b.bookingId.toString())
                .put("offerId", b.offerId.toString())
                .put("offerKind", b.offerKind)
                .put("offerTitle", b.offerTitle)
                .put("providerMemberId", b.providerMemberId.toString())
                .put("consumerMemberId", b.consumerMemberId.toString())
                .put("start", b.startAt.toString())
                .put("end", b.endAt.toString())
                .put("status", b.status)
                .put("dueAt", dueAt.toString());
        return node.toString();
    }
}
