package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.config.NotificationConfig;
import de.dienstleistungspool.notification.domain.WebhookDeliveryRepository;
import de.dienstleistungspool.notification.domain.WebhookDeliveryRepository.LeasedDelivery;
import de.dienstleistungspool.platform.tracing.StoredTraces;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries concurrently: claims them with {@code FOR UPDATE SKIP LOCKED} and a lease longer than
 * the worst attempt (so several instances never send the same attempt), at most a few per endpoint at once (so a slow
 * receiver holds only its own deliveries), checks the URL again before connecting, and records each attempt. Each
 * attempt is a span ({@code webhook deliver}) of the trace of the event that queued the delivery.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    NotificationConfig config;

    @Inject
    WebhookAttemptRecorder recorder;

    @Inject
    WebhookAddressPolicy addresses;

    @Inject
    StoredTraces traces;

    private WebhookPost post;
    private ExecutorService senders;
    private final AtomicInteger sending = new AtomicInteger();
    private final Map<UUID, Integer> sendingPerEndpoint = new HashMap<>();

    @PostConstruct
    void start() throws NoSuchAlgorithmException {
        NotificationConfig.Webhooks settings = config.webhooks();
        post = new WebhookPost(SSLContext.getDefault(), settings.connectTimeout(), settings.maxResponseHeaderBytes());
        AtomicInteger n = new AtomicInteger();
        senders = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread t = new Thread(r, "webhook-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void stop(@Observes ShutdownEvent ignored) {
        senders.shutdownNow();
    }

    /** Claims as many due deliveries as there are free senders, respecting the limit per endpoint, and sends them. */
    @Scheduled(every = "${notification.dispatch.every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-dispatch")
    public synchronized void dispatchDue() {
        try {
            List<LeasedDelivery> claimed;
            while (sending.get() < config.webhooks().concurrency() && !(claimed = claim(config.webhooks().concurrency() - sending.get())).isEmpty()) {
                for (LeasedDelivery d : claimed) {
                    sending.incrementAndGet();
                    sendingPerEndpoint.merge(d.endpointId(), 1, Integer::sum);
                    senders.submit(() -> sendAndRelease(d));
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook dispatch round failed: %s", e.getMessage());
        }
    }

    private void sendAndRelease(LeasedDelivery d) {
        try {
            traces.continueIn("webhook deliver", d.traceparent(), () -> send(d));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Webhook delivery %s could not be recorded; it is retried after its lease", d.id());
        } finally {
            synchronized (this) {
                sending.decrementAndGet();
                sendingPerEndpoint.computeIfPresent(d.endpointId(), (k, v) -> v <= 1 ? null : v - 1);
            }
            dispatchDue(); // the endpoint may have more due deliveries waiting for this slot
        }
    }

    /** At most one due delivery per endpoint per call, none for endpoints already at their limit here. */
    List<LeasedDelivery> claim(int limit) {
        List<UUID> full = sendingPerEndpoint.entrySet().stream()
                .filter(e -> e.getValue() >= config.webhooks().perEndpointConcurrency()).map(Map.Entry::getKey).toList();
        return QuarkusTransaction.requiringNew().call(
                () -> deliveries.leaseDue(config.webhooks().lease().toMillis() / 1000.0, limit, full));
    }

    void send(LeasedDelivery d) {
        long timestamp = System.currentTimeMillis() / 1000;
        String id = d.eventId().toString();
        long started = System.nanoTime();
        WebhookPost.Outcome outcome;
        try {
            WebhookTarget target = addresses.check(d.url()); // again at every connection: the name may point elsewhere now
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("User-Agent", "Dienstleistungspool-Webhooks/1.0");
            headers.put("Webhook-Id", id);
            headers.put("Webhook-Timestamp", Long.toString(timestamp));
            headers.put("Webhook-Signature", WebhookSigner.signatures(d.secrets(), id, timestamp, d.payload()));
            outcome = post.post(target, headers, d.payload().getBytes(StandardCharsets.UTF_8), config.webhooks().timeout());
        } catch (WebhookUrlRefused refused) {
            outcome = WebhookPost.Outcome.failed(refused.failure());
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        if (outcome.failure() != null || outcome.status() == null || outcome.status() >= 300) {
            StoredTraces.failed(outcome.failure() != null ? outcome.failure().toString() : "HTTP " + outcome.status());
        }
        recorder.record(d.id(), d.attempt(), outcome, durationMs);
    }
}
