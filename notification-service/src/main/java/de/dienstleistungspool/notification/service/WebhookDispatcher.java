package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.config.NotificationConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
    AgroalDataSource dataSource;

    @Inject
    NotificationConfig config;

    @Inject
    WebhookAttemptRecorder recorder;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** A claimed delivery with what is needed to send it. */
    record Claimed(UUID id, UUID eventId, String payload, int attempt, String url, String secret) {
    }

    @Scheduled(every = "${notification.dispatch.every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-dispatch")
    void dispatchDue() {
        try {
            List<Claimed> claimed;
            while (!(claimed = claim()).isEmpty()) {
                claimed.forEach(this::send);
            }
        } catch (SQLException e) {
            LOG.warnf("Webhook dispatch round failed: %s", e.getMessage());
        }
    }

    List<Claimed> claim() throws SQLException {
        List<Claimed> claimed = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update webhook_delivery d set next_attempt_at = now() + make_interval(secs => ?), attempt_count = d.attempt_count + 1 "
                        + "from webhook_endpoint e where e.id = d.endpoint_id and d.id in ("
                        + "  select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= now() "
                        + "  order by next_attempt_at limit ? for update skip locked) "
                        + "returning d.id, d.event_id, d.payload, d.attempt_count, e.url, e.secret")) {
            s.setDouble(1, config.webhooks().lease().toMillis() / 1000.0);
            s.setInt(2, BATCH);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    claimed.add(new Claimed(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getString(3),
                            r.getInt(4), r.getString(5), r.getString(6)));
                }
            }
        }
        return claimed;
    }

    void send(Claimed d) {
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
