package de.dienstleistungspool.notification.messaging;

import de.dienstleistungspool.notification.domain.PoolChange;
import de.dienstleistungspool.notification.service.ContactProjection;
import de.dienstleistungspool.notification.service.PoolChangeWebhooks;
import de.dienstleistungspool.platform.messaging.EventConsumer;
import de.dienstleistungspool.platform.messaging.PoisonMessage;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps offer titles and depots from {@code pool-events}, so e-mails say where a unit is picked up, and forwards every
 * offer and blackout change to the owner's webhooks subscribed to it.
 */
@ApplicationScoped
public class PoolEventsConsumer extends EventConsumer<PoolEvent> {

    @Inject
    ContactProjection contacts;

    @Inject
    PoolChangeWebhooks webhooks;

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
    protected void check(PoolEvent e) {
        webhooks.contradiction(change(e), e.offerId(), e.ownerMemberId()).ifPresent(reason -> {
            throw PoisonMessage.implausible(reason);
        });
    }

    @Override
    protected void apply(PoolEvent e) {
        if (e instanceof PoolEvent.OfferSnapshot o) {
            contacts.offerSnapshot(o.offerId(), o.ownerMemberId(), o.title(), o.kind(),
                    o.depot() == null ? null : o.depot().name(), o.onCall());
        }
        webhooks.forward(e.eventId(), change(e), e.ownerMemberId(), e.message());
    }

    private static PoolChange change(PoolEvent e) {
        return PoolChange.of(e.eventType()).orElseThrow(); // the subtypes are mapped by exactly these names
    }
}
