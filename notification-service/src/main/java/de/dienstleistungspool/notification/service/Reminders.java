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
        double lead = config.reminders().lead().toSeconds();
        List<Booking> startingSoon = QuarkusTransaction.requiringNew().call(
                () -> bookings.startingWithoutReminder(now, lead, NotificationType.BookingStartsSoon.name()));
        List<Booking> overdue = QuarkusTransaction.requiringNew().call(
                () -> bookings.overdueWithoutReminder(now, NotificationType.BookingReturnOverdue.name()));
        int issued = 0;
        for (Booking b : startingSoon) {
            issued += issue(b, NotificationType.BookingStartsSoon, b.startAt.minus(config.reminders().lead()), now) ? 1 : 0;
        }
        for (Booking b : overdue) {
            issued += issue(b, NotificationType.BookingReturnOverdue, b.endAt, now) ? 1 : 0;
        }
        return issued;
    }

    private boolean issue(Booking b, NotificationType kind, Instant dueAt, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!bookings.claimReminder(b.bookingId, kind.name(), dueAt)) {
                return false;
            }
            UUID eventId = UUID.nameUUIDFromBytes((b.bookingId + "|" + kind + "|" + dueAt).getBytes(StandardCharsets.UTF_8));
            fanout.fanOut(new NotifiableEvent(eventId, kind, now, BookingProjection.facts(b), NotifiableEvent.Dispatch.NONE, payload(eventId, kind, now, dueAt, b)));
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
