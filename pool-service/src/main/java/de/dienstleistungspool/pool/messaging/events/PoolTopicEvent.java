package de.dienstleistungspool.pool.messaging.events;

import de.dienstleistungspool.platform.outbox.OutgoingEvent;
import java.util.UUID;

/** An event of the {@code pool-events} topic (docs/EVENTS.md), keyed by offer id so one offer's events stay in order. */
public interface PoolTopicEvent extends OutgoingEvent {

    /** The topic booking-service (and others) learn offers and blackouts from. */
    String TOPIC = "pool-events";

    UUID offerId();

    @Override
    default String topic() {
        return TOPIC;
    }

    @Override
    default String key() {
        return offerId().toString();
    }
}
