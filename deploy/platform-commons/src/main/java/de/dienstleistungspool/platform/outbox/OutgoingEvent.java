package de.dienstleistungspool.platform.outbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/**
 * An event record a service publishes through the {@link Outbox}: it names its own id, type, topic and record key,
 * so that publishing takes the record alone. Topic and key are routing, not payload: they are not serialised.
 */
public interface OutgoingEvent {

    /** The event's id, the consumers' idempotency key. */
    UUID eventId();

    /** The past-tense event name, e.g. {@code BookingConfirmed}. */
    String eventType();

    /** The Kafka topic, e.g. {@code booking-events}. */
    @JsonIgnore
    String topic();

    /** The record key: the aggregate id whose events must stay in order (docs/EVENTS.md names it per topic). */
    @JsonIgnore
    String key();
}
