package de.dienstleistungspool.platform.messaging;

import java.util.UUID;

/**
 * The head every consumed payload record shares (docs/EVENTS.md: a message starts with {@code eventId} and
 * {@code eventType}), so that {@link EventConsumer} can check it and claim the event id in the inbox.
 */
public interface IncomingEvent {

    /**
     * For a payload record that must pass the message on exactly as it came (a webhook body): a {@code String}
     * component annotated {@code @JacksonInject(value = IncomingEvent.MESSAGE, useInput = OptBoolean.FALSE)} receives it.
     */
    String MESSAGE = "de.dienstleistungspool.platform.messaging.message";

    /** The event's id, the consumers' idempotency key. */
    UUID eventId();

    /** The past-tense event name, e.g. {@code BookingConfirmed}. */
    String eventType();

    /**
     * The member the event is about, which the consumer's log lines name while it handles the event (the log context's
     * {@code memberId}, as for a request); null if none. A record with a {@code memberId} component has it as it is;
     * a booking's events name the requesting member, an offer's its owner.
     */
    default UUID memberId() {
        return null;
    }
}
