package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.config.NotificationConfig;
import de.dienstleistungspool.notification.domain.WebhookAttempt;
import de.dienstleistungspool.notification.domain.WebhookAttemptRepository;
import de.dienstleistungspool.notification.domain.WebhookDelivery;
import de.dienstleistungspool.notification.domain.WebhookDeliveryRepository;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Webhook deliveries of a member: queued per subscribed endpoint when an event arrives (once per endpoint and
 * event), listed with their attempts, and re-sent on request.
 */
@ApplicationScoped
public class WebhookDeliveries {

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    WebhookAttemptRepository attempts;

    @Inject
    NotificationConfig config;

    @Inject
    jakarta.enterprise.event.Event<DispatchWaker.WorkQueued> workQueued;

    /** Queues the event for every active endpoint of the member subscribed to its type; a redelivery adds nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(NotifiableEvent event, UUID memberId) {
        return enqueue(event.eventId(), event.type().name(), event.payload(), memberId);
    }

    /**
     * Queues a payload of the given event type for the member's active endpoints subscribed to it, and wakes the
     * dispatcher once the transaction commits; a redelivery adds nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(UUID eventId, String eventType, String payload, UUID memberId) {
        int queued = deliveries.enqueue(eventId, eventType, payload, (double) config.webhooks().giveUpAfter().toSeconds(), memberId);
        if (queued > 0) {
            workQueued.fire(new DispatchWaker.WorkQueued());
        }
        return queued;
    }

    /** One page of the member's deliveries, newest first, optionally of one endpoint or status. */
    @Transactional
    public Paged<WebhookDelivery> list(UUID memberId, UUID endpointId, String status, int page, int size) {
        StringBuilder query = new StringBuilder("memberId = :member");
        Parameters params = Parameters.with("member", memberId);
        if (endpointId != null) {
            query.append(" and endpointId = :endpoint");
            params.and("endpoint", endpointId);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        var q = deliveries.find(query.toString(), Sort.descending("createdAt").and("id"), params);
        return Paged.of(q, page, size);
    }

    /** One of the member's deliveries; another member's answers 404. */
    @Transactional
    public WebhookDelivery get(UUID memberId, UUID deliveryId) {
        WebhookDelivery d = deliveries.findById(deliveryId);
        if (d == null || !d.memberId.equals(memberId)) {
            throw ProblemException.notFound("Webhook delivery", deliveryId);
        }
        return d;
    }

    @Transactional
    public List<WebhookAttempt> attemptsOf(UUID deliveryId) {
        return attempts.list("deliveryId", Sort.ascending("attemptedAt"), deliveryId);
    }

    /** Sends the delivery again now, with a fresh retry deadline, whatever its status was. */
    @Transactional
    public WebhookDelivery resend(UUID memberId, UUID deliveryId) {
        WebhookDelivery d = get(memberId, deliveryId);
        deliveries.lock(d);
        if ("PENDING".equals(d.status) && d.attemptCount > 0 && d.nextAttemptAt.isAfter(Instant.now())
                && attempts.count("deliveryId", deliveryId) < d.attemptCount) {
            throw ProblemException.conflict("delivery-in-flight", "Delivery " + deliveryId + " is being sent right now; try again in a moment");
        }
        Instant now = Instant.now();
        d.status = "PENDING";
        d.nextAttemptAt = now;
        d.giveUpAt = now.plus(config.webhooks().giveUpAfter());
        d.deliveredAt = null;
        workQueued.fire(new DispatchWaker.WorkQueued());
        return d;
    }
}
