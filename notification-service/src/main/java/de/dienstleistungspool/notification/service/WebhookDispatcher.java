package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.config.NotificationConfig;
import de.dienstleistungspool.notification.domain.WebhookDeliveryRepository;
import de.dienstleistungspool.notification.domain.WebhookDeliveryRepository.LeasedDelivery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries: claims them with {@code FOR UPDATE SKIP LOCKED} and a lease (so several instances
 * never send the same attempt), POSTs them signed, records each attempt and schedules the next with backoff.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    NotificationConfig config;

    @Inject
    WebhookAttemptRecorder recorder;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Scheduled(every = "${notification.dispatch.every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-dispatch")
    void dispatchDue() {
        try {
            List<LeasedDelivery> leased;
            while (!(leased = QuarkusTransaction.requiringNew().call(
                    () -> deliveries.leaseDue(config.webhooks().lease().toMillis() / 1000.0, BATCH))).isEmpty()) {
                leased.forEach(this::send);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook dispatch round failed: %s", e.getMessage());
        }
    }

    void send(LeasedDelivery d) {
        long timestamp = System.currentTimeMillis() / 1000;
        String id = d.eventId().toString();
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url()))
                    .timeout(config.webhooks().timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Dienstleistungspool-Webhooks/1.0")
                    .header("Webhook-Id", id)
                    .header("Webhook-Timestamp", Long.toString(timestamp))
                    .header("Webhook-Signature", WebhookSigner.signature(d.secret(), id, timestamp, d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload()))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status / 100 != 2) {
                error = "HTTP " + status;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        recorder.record(d.id(), d.attempt(), status, error, durationMs);
    }
}
