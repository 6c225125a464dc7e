package de.dienstleistungspool.notification.messaging;

import de.dienstleistungspool.notification.service.ContactProjection;
import de.dienstleistungspool.platform.messaging.EventConsumer;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps offer titles and depots from {@code pool-events}, so e-mails say where a unit is picked up.
 */
@ApplicationScoped
public class PoolEventsConsumer extends EventConsumer<PoolEvent> {

    @Inject
    ContactProjection contacts;

    PoolEventsConsumer() {
        super("pool-events", PoolEvent.class);
    }

    @Incoming("pool-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        consume(message);
    }

    @Override
    protected void apply(PoolEvent e) {
        PoolEvent.OfferSnapshot o = (PoolEvent.OfferSnapshot) e; // the one shape that is not an IgnoredEvent
        contacts.offerSnapshot(o.offerId(), o.ownerMemberId(), o.title(), o.kind(), o.depot() == null ? null : o.depot().name(),
                o.onCall());
    }
}
