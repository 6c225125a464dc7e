package de.dienstleistungspool.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Makes event consumers idempotent: records each processed event id in {@code processed_event} within the
 * consumer's own transaction, so an event's effect and the record of having processed it commit together.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    /**
     * Claims an event for a consumer.
     *
     * @return {@code true} the first time this consumer sees the event id, {@code false} for any redelivery;
     *         a concurrent duplicate waits for the first transaction and then gets {@code false}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return em.createNativeQuery("insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }
}
