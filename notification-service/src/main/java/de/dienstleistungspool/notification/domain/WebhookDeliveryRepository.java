package de.dienstleistungspool.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/**
 * Reads and writes {@link WebhookDelivery} rows, queues them per subscribed endpoint and leases due ones to the dispatcher.
 */
@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** A due delivery leased for sending, with what is needed to send it. */
    public record LeasedDelivery(UUID id, UUID eventId, String payload, int attempt, String url, String secret) {
    }

    /**
     * Queues an event for every active endpoint of the member subscribed to its type; a redelivered event adds
     * nothing (one delivery per endpoint and event). Returns how many were queued.
     */
    public int enqueue(UUID eventId, String eventType, String payload, double giveUpSeconds, UUID memberId) {
        return getEntityManager().createNativeQuery(
                        "insert into webhook_delivery (id, endpoint_id, member_id, event_id, event_type, payload, status, "
                                + "next_attempt_at, give_up_at) "
                                + "select gen_random_uuid(), e.id, e.member_id, ?1, ?2, ?3, 'PENDING', now(), now() + make_interval(secs => ?4) "
                                + "from webhook_endpoint e where e.member_id = ?5 and e.active and ?2 = any(e.event_types) "
                                + "on conflict (endpoint_id, event_id) do nothing")
                .setParameter(1, eventId)
                .setParameter(2, eventType)
                .setParameter(3, payload)
                .setParameter(4, giveUpSeconds)
                .setParameter(5, memberId)
                .executeUpdate();
    }

    /**
     * Leases up to {@code limit} due deliveries for {@code leaseSeconds} ({@code FOR UPDATE SKIP LOCKED}, so instances
     * never send the same attempt) and counts the attempt.
     */
    @SuppressWarnings("unchecked")
    public List<LeasedDelivery> leaseDue(double leaseSeconds, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "update webhook_delivery d set next_attempt_at = now() + make_interval(secs => ?1), attempt_count = d.attempt_count + 1 "
                                + "from webhook_endpoint e where e.id = d.endpoint_id and d.id in ("
                                + "  select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= now() "
                                + "  order by next_attempt_at limit ?2 for update skip locked) "
                                + "returning d.id, d.event_id, d.payload, d.attempt_count, e.url, e.secret")
                .setParameter(1, leaseSeconds)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> new LeasedDelivery((UUID) r[0], (UUID) r[1], (String) r[2], ((Number) r[3]).intValue(),
                (String) r[4], (String) r[5])).toList();
    }

    /** Locks the delivery's row until the transaction ends. */
    public void lock(WebhookDelivery delivery) {
        getEntityManager().lock(delivery, LockModeType.PESSIMISTIC_WRITE);
    }
}
