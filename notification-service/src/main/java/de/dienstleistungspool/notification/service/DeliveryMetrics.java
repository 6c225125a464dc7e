package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.domain.DeliveryBacklogRepository;
import de.dienstleistungspool.notification.domain.DeliveryBacklogRepository.Backlog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import org.jboss.logging.Logger;

/**
 * What an operator must see before a member complains that mail or webhooks stopped: e-mails and webhook deliveries
 * waiting for a retry and how long the oldest has waited, as gauges counted in the database every 15 seconds (every
 * instance reads the same shared rows), and the send and attempt counters registered at zero so alerts find them.
 */
@ApplicationScoped
public class DeliveryMetrics {

    private static final Logger LOG = Logger.getLogger(DeliveryMetrics.class);
    /** Counted by MailDispatcher per send, tagged outcome=sent|retry|failed. */
    static final String MAIL_SENDS = "notification.mail.sends";
    /** Counted by WebhookAttemptRecorder per attempt, tagged outcome=delivered|failed. */
    static final String WEBHOOK_ATTEMPTS = "notification.webhook.attempts";

    @Inject
    MeterRegistry metrics;

    @Inject
    DeliveryBacklogRepository backlogs;

    private final AtomicReference<Backlog> last = new AtomicReference<>(new Backlog(0, 0, 0, 0));

    void register(@Observes StartupEvent ignored) {
        List.of("sent", "retry", "failed").forEach(outcome -> metrics.counter(MAIL_SENDS, "outcome", outcome));
        List.of("delivered", "failed").forEach(outcome -> metrics.counter(WEBHOOK_ATTEMPTS, "outcome", outcome));
        gauge("notification.mail.retrying", Backlog::mailsRetrying, "E-mails that failed at least once and wait for their next try");
        gauge("notification.mail.oldest.pending.seconds", Backlog::oldestMailSeconds, "Age of the oldest e-mail not sent yet");
        gauge("notification.webhook.retrying", Backlog::webhooksRetrying,
                "Webhook deliveries that failed at least once and wait for their next attempt");
        gauge("notification.webhook.oldest.pending.seconds", Backlog::oldestWebhookSeconds,
                "Age of the oldest webhook delivery not delivered yet");
    }

    @Scheduled(every = "15s", delay = 1, concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "delivery-metrics")
    void refresh() {
        try {
            last.set(QuarkusTransaction.requiringNew().call(backlogs::now));
        } catch (RuntimeException e) {
            LOG.warnf("Delivery backlog not counted, next try in 15 s: %s", e.getMessage());
        }
    }

    private void gauge(String name, ToDoubleFunction<Backlog> value, String description) {
        Gauge.builder(name, last, b -> value.applyAsDouble(b.get())).description(description).register(metrics);
    }
}
