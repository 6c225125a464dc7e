package de.dienstleistungspool.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.notification.domain.Notification;
import de.dienstleistungspool.notification.domain.NotificationRepository;
import de.dienstleistungspool.notification.domain.NotificationRepository.LeasedMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * When an instance's lease on an e-mail ran out and another instance claimed it again, the first instance's late
 * outcome changes nothing: only the current claim records SENT or a retry (otherwise a late failure would make a sent
 * e-mail PENDING again and send it a third time). Runs in one transaction that deletes its row again, so the service's
 * own dispatcher never sees it.
 */
@QuarkusTest
class MailLeaseTest {

    @Inject
    NotificationRepository notifications;

    @Test
    void onlyTheCurrentClaimRecordsTheOutcome() {
        QuarkusTransaction.requiringNew().run(() -> {
            Notification n = new Notification();
            n.id = UUID.randomUUID();
            n.memberId = UUID.randomUUID();
            n.eventId = UUID.randomUUID();
            n.eventType = "BookingRequested";
            n.recipients = List.of("dispatcher@lease.test");
            n.subject = "Lease";
            n.body = "Lease";
            n.status = "PENDING";
            n.createdAt = Instant.now();
            n.nextTryAt = n.createdAt.minus(java.time.Duration.ofDays(3650)); // the oldest due e-mail, claimed first
            notifications.persist(n);
            notifications.flush();

            LeasedMail first = only(notifications.leaseDue(60, 1), n.id);
            assertEquals(List.of(), notifications.leaseDue(60, 1).stream().filter(m -> m.id().equals(n.id)).toList(),
                    "a leased e-mail is not claimed again while its lease runs");
            expireLease(n.id);
            LeasedMail second = only(notifications.leaseDue(60, 1), n.id);
            assertEquals(first.attempt() + 1, second.attempt());

            notifications.markFailed(n.id, first.attempt(), false, "late failure of the first claim", 0);
            notifications.markSent(n.id, first.attempt());
            assertEquals(List.of("PENDING", second.attempt()), state(n.id), "the first claim's outcome is ignored");
            notifications.markSent(n.id, second.attempt());
            assertEquals(List.of("SENT", second.attempt()), state(n.id));
            notifications.markFailed(n.id, second.attempt(), false, "late failure after SENT", 0);
            assertEquals(List.of("SENT", second.attempt()), state(n.id), "a sent e-mail stays sent");
            notifications.deleteById(n.id); // gone before the commit makes it visible
        });
    }

    private static LeasedMail only(List<LeasedMail> leased, UUID id) {
        assertEquals(1, leased.size());
        assertEquals(id, leased.get(0).id());
        return leased.get(0);
    }

    private void expireLease(UUID id) {
        notifications.getEntityManager().createNativeQuery("update notification set next_try_at = now() - interval '3650 days' "
                + "where id = ?1").setParameter(1, id).executeUpdate();
    }

    private List<Object> state(UUID id) {
        Object[] row = (Object[]) notifications.getEntityManager().createNativeQuery(
                "select status, attempts from notification where id = ?1").setParameter(1, id).getSingleResult();
        return List.of(row[0], ((Number) row[1]).intValue());
    }
}
