package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.config.NotificationConfig;
import de.dienstleistungspool.notification.domain.WebhookAttempt;
import de.dienstleistungspool.notification.domain.WebhookAttemptRepository;
import de.dienstleistungspool.notification.domain.WebhookDelivery;
import de.dienstleistungspool.notification.domain.WebhookDeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Records the outcome of one webhook POST and decides what follows: DELIVERED on 2xx, otherwise the next attempt
 * after an exponential, jittered wait, or FAILED once that would pass the delivery's deadline.
 */
@ApplicationScoped
public class WebhookAttemptRecorder {

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    WebhookAttemptRepository attempts;

    @Inject
    NotificationConfig config;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Transactional
    public void record(UUID deliveryId, int attempt, Integer statusCode, String error, long durationMs) {
        Instant now = Instant.now();
        WebhookDelivery d = deliveries.findById(deliveryId);
        if (d == null) {
            return; // the endpoint was deleted meanwhile
        }
        WebhookAttempt a = new WebhookAttempt();
        a.id = UUID.randomUUID();
        a.deliveryId = deliveryId;
        a.attemptedAt = now.minusMillis(durationMs);
        a.statusCode = statusCode;
        a.error = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        a.durationMs = durationMs;
        attempts.persist(a);
        metrics.counter("notification.webhook.attempts", "outcome", error == null ? "delivered" : "failed").increment();
        if (d.attemptCount != attempt || !"PENDING".equals(d.status)) {
            return; // re-sent or taken over meanwhile: that claim decides
        }
        if (error == null) {
            d.status = "DELIVERED";
            d.deliveredAt = now;
            return;
        }
        Instant next = now.plus(backoff(attempt));
        if (next.isAfter(d.giveUpAt)) {
            d.status = "FAILED";
        } else {
            d.nextAttemptAt = next;
        }
    }

    /** base * 2^(attempt-1), capped, with ±20 % jitter so many failing endpoints do not retry in lockstep. */
    Duration backoff(int attempt) {
        long base = config.webhooks().backoffBase().toMillis();
        long max = config.webhooks().backoffMax().toMillis();
        long wait = base << Math.min(attempt - 1, 30);
        if (wait <= 0 || wait > max) {
            wait = max;
        }
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (wait * jitter));
    }
}
