package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.config.NotificationConfig;
import de.dienstleistungspool.notification.domain.WebhookAttempt;
import de.dienstleistungspool.notification.domain.WebhookAttemptRepository;
import de.dienstleistungspool.notification.domain.WebhookDelivery;
import de.dienstleistungspool.notification.domain.WebhookDeliveryRepository;
import de.dienstleistungspool.notification.domain.WebhookEndpoint;
import de.dienstleistungspool.notification.domain.WebhookEndpointRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Records the outcome of one webhook POST and decides what follows: DELIVERED on 2xx; on 410 Gone the endpoint is
 * switched off and the delivery FAILED (Standard Webhooks); otherwise the next attempt after an exponential, jittered
 * wait (no sooner than a 429's or 503's Retry-After), or FAILED once that would pass the delivery's deadline.
 */
@ApplicationScoped
public class WebhookAttemptRecorder {

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    WebhookAttemptRepository attempts;

    @Inject
    WebhookEndpointRepository endpoints;

    @Inject
    NotificationConfig config;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Transactional
    public void record(UUID deliveryId, int attempt, WebhookPost.Outcome outcome, long durationMs) {
        Instant now = Instant.now();
        WebhookDelivery d = deliveries.findById(deliveryId);
        if (d == null) {
            return; // the endpoint was deleted meanwhile
        }
        Integer status = outcome.status();
        boolean delivered = status != null && status / 100 == 2;
        WebhookAttempt a = new WebhookAttempt();
        a.id = UUID.randomUUID();
        a.deliveryId = deliveryId;
        a.attemptedAt = now.minusMillis(durationMs);
        a.statusCode = status;
        a.error = delivered ? null : status != null ? "HTTP " + status : outcome.failure().shown();
        a.durationMs = durationMs;
        attempts.persist(a);
        metrics.counter("notification.webhook.attempts", "outcome", delivered ? "delivered" : "failed").increment();
        if (d.attemptCount != attempt || !"PENDING".equals(d.status)) {
            return; // re-sent or taken over meanwhile: that claim decides
        }
        if (delivered) {
            d.status = "DELIVERED";
            d.deliveredAt = now;
            return;
        }
        if (status != null && status == 410) {
            WebhookEndpoint e = endpoints.findById(d.endpointId);
            if (e != null) {
                e.active = false; // the receiver says the endpoint is gone: stop sending until the member switches it on
            }
            d.status = "FAILED";
            return;
        }
        Duration wait = backoff(attempt);
        if (outcome.retryAfter() != null && status != null && (status == 429 || status == 503)) {
            Duration asked = outcome.retryAfter().compareTo(config.webhooks().backoffMax()) > 0 ? config.webhooks().backoffMax() : outcome.retryAfter();
            wait = asked.compareTo(wait) > 0 ? asked : wait;
        }
        Instant next = now.plus(wait);
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
