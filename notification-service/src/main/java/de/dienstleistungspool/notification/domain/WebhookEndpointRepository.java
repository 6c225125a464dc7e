package de.dienstleistungspool.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Reads and writes {@link WebhookEndpoint} rows.
 */
@ApplicationScoped
public class WebhookEndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, UUID> {

    /** Serialises the member's registrations until the transaction ends (so a cap on endpoints holds under races). */
    public void lockRegistrationsOf(UUID memberId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(cast(?1 as text), 18))")
                .setParameter(1, memberId).getSingleResult();
    }

    /** Locks the endpoint's row until the transaction ends. */
    public void lock(WebhookEndpoint endpoint) {
        getEntityManager().lock(endpoint, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Keeps a rotated-out secret signing until {@code validUntil}; drops the endpoint's expired ones and all but the
     * {@code keepAtMost} newest, so a delivery never carries more than a few signatures.
     */
    public void keepPreviousSecret(UUID endpointId, String secret, Instant validUntil, int keepAtMost) {
        var em = getEntityManager();
        em.createNativeQuery("insert into webhook_previous_secret (endpoint_id, secret, valid_until) values (?1, ?2, ?3)")
                .setParameter(1, endpointId).setParameter(2, secret).setParameter(3, validUntil).executeUpdate();
        em.createNativeQuery("delete from webhook_previous_secret p where p.endpoint_id = ?1 and (p.valid_until <= now() "
                        + "or p.secret not in (select secret from webhook_previous_secret where endpoint_id = ?1 "
                        + "order by valid_until desc limit ?2))")
                .setParameter(1, endpointId).setParameter(2, keepAtMost).executeUpdate();
    }
}
