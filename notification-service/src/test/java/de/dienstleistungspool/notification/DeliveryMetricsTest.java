package de.dienstleistungspool.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The delivery gauges the alert rules read count what really waits in the database: an e-mail that failed and waits
 * for its next try, a webhook delivery that failed and waits for its next attempt, and the age of the oldest of each.
 */
@QuarkusTest
class DeliveryMetricsTest {

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @Test
    void aFailedMailAndAFailedWebhookDeliveryWaitingForTheirRetryAreCountedWithTheirAge() {
        UUID mail = UUID.randomUUID();
        UUID endpoint = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            // waiting for a try an hour from now, so the dispatchers leave them alone while the test reads the gauges
            em.createNativeQuery("insert into notification (id, member_id, event_id, event_type, recipients, subject, body,"
                    + " status, attempts, error, next_try_at, created_at) values (?1, ?2, ?3, 'BookingRequested',"
                    + " array['bauhof@example.org'], 'Anfrage', 'Text', 'PENDING', 2, 'SMTP refused',"
                    + " now() + interval '1 hour', now() - interval '2 hours')")
                    .setParameter(1, mail).setParameter(2, UUID.randomUUID()).setParameter(3, UUID.randomUUID())
                    .executeUpdate();
            em.createNativeQuery("insert into webhook_endpoint (id, member_id, url, event_types, secret, active) values"
                    + " (?1, ?2, 'https://receiver.example.org/hooks', array['BookingRequested'], 'whsec_test', false)")
                    .setParameter(1, endpoint).setParameter(2, UUID.randomUUID()).executeUpdate();
            em.createNativeQuery("insert into webhook_delivery (id, endpoint_id, member_id, event_id, event_type, payload,"
                    + " status, attempt_count, next_attempt_at, give_up_at, created_at) values (?1, ?2, ?3, ?4,"
                    + " 'BookingRequested', '{}', 'PENDING', 3, now() + interval '1 hour', now() + interval '1 day',"
                    + " now() - interval '3 hours')")
                    .setParameter(1, delivery).setParameter(2, endpoint).setParameter(3, UUID.randomUUID())
                    .setParameter(4, UUID.randomUUID()).executeUpdate();
        });
        try {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertTrue(gauge("notification.mail.retrying") >= 1, "mails retrying");
                assertTrue(gauge("notification.mail.oldest.pending.seconds") >= 2 * 3600, "oldest mail");
                assertTrue(gauge("notification.webhook.retrying") >= 1, "webhook deliveries retrying");
                assertTrue(gauge("notification.webhook.oldest.pending.seconds") >= 3 * 3600, "oldest delivery");
            });
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from notification where id = ?1").setParameter(1, mail).executeUpdate();
                em.createNativeQuery("delete from webhook_endpoint where id = ?1").setParameter(1, endpoint).executeUpdate();
            });
        }
    }

    private double gauge(String name) {
        return metrics.get(name).gauge().value();
    }
}
