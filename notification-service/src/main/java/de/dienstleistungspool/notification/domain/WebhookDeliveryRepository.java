package de.dienstleistungspool.notification.domain;

import de.dienstleistungspool.platform.tracing.TraceParent;
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

    /**
     * A due delivery leased for sending, with what is needed to send it: {@code secrets} holds the endpoint's current
     * secret first, then those rotated out whose overlap has not ended, newest first.
     */
    public record LeasedDelivery(UUID id, UUID endpointId, UUID eventId, String payload, int attempt, String url,
                                 List<String> secrets, String traceparent) {
    }

    /**
     * Queues an event for every active endpoint of the member subscribed to its type; a redelivered event adds
     * nothing (one delivery per endpoint and event). Each delivery keeps the current trace, which its attempts
     * continue. Returns how many were queued.
     */
    public int enqueue(UUID eventId, String eventType, String payload, double giveUpSeconds, UUID memberId) {
        return getEntityManager().createNativeQuery(
                        "insert into webhook_delivery (id, endpoint_id, member_id, event_id, event_type, payload, status, "
                                + "next_attempt_at, give_up_at, traceparent) "
                                + "select gen_random_uuid(), e.id, e.member_id, ?1, ?2, ?3, 'PENDING', now(), now() + make_interval(secs => ?4), cast(?6 as text) "
                                + "from webhook_endpoint e where e.member_id = ?5 and e.active and ?2 = any(e.event_types) "
                                + "on conflict (endpoint_id, event_id) do nothing")
                .setParameter(1, eventId)
                .setParameter(2, eventType)
                .setParameter(3, payload)
                .setParameter(4, giveUpSeconds)
                .setParameter(5, memberId)
                .setParameter(6, TraceParent.current())
                .executeUpdate();
    }

    /**
     * Leases up to {@code limit} due deliveries of active endpoints for {@code leaseSeconds} ({@code FOR UPDATE SKIP
     * LOCKED}, so instances never send the same attempt), at most one per endpoint and none of the {@code busy}
     * endpoints, and counts the attempt.
     */
    @SuppressWarnings("unchecked")
    public List<LeasedDelivery> leaseDue(double leaseSeconds, int limit, List<UUID> busy) {
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "update webhook_delivery d set next_attempt_at = now() + make_interval(secs => ?1), attempt_count = d.attempt_count + 1 "
                                + "from webhook_endpoint e where e.id = d.endpoint_id and d.id in ("
                                + "  select id from webhook_delivery where id in ("
                                + "    select id from (select w.id, row_number() over (partition by w.endpoint_id order by w.next_attempt_at, w.id) rank"
                                + "      from webhook_delivery w join webhook_endpoint we on we.id = w.endpoint_id and we.active"
                                + "      where w.status = 'PENDING' and w.next_attempt_at <= now()"
                                + "      and w.endpoint_id::text <> all(string_to_array(?3, ','))) ranked"
                                + "    where rank = 1)"
                                + "  and status = 'PENDING' and next_attempt_at <= now() order by next_attempt_at limit ?2 for update skip locked) "
                                + "returning d.id, d.endpoint_id, d.event_id, d.payload, d.attempt_count, e.url, e.secret, "
                                + "(select string_agg(p.secret, ' ' order by p.valid_until desc) from webhook_previous_secret p "
                                + " where p.endpoint_id = e.id and p.valid_until > now()), d.traceparent")
                .setParameter(1, leaseSeconds)
                .setParameter(2, limit)
                .setParameter(3, String.join(",", busy.stream().map(UUID::toString).toList()))
                .getResultList();
        return rows.stream().map(r -> new LeasedDelivery((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                ((Number) r[4]).intValue(), (String) r[5], secrets((String) r[6], (String) r[7]), (String) r[8])).toList();
    }

    /** The current secret, then the still valid previous ones (secrets are base64 and never contain a space). */
    private static List<String> secrets(String current, String previous) {
        List<String> all = new java.util.ArrayList<>();
        all.add(current);
        if (previous != null) {
            all.addAll(List.of(previous.split(" ")));
        }
        return List.copyOf(all);
    }

    /** Locks the delivery's row until the transaction ends. */
    public void lock(WebhookDelivery delivery) {
        getEntityManager().lock(delivery, LockModeType.PESSIMISTIC_WRITE);
    }
}
