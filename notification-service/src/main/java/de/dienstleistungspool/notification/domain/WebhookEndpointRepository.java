package de.dienstleistungspool.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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
}
