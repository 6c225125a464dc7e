package de.dienstleistungspool.platform.messaging;

/**
 * Marks the payload record of event types a consumer does not act on (the {@code defaultImpl} of a topic's sealed
 * interface, e.g. {@code RatesPublished} for a consumer of member snapshots): {@link EventConsumer} skips it without
 * claiming it in the inbox.
 */
public interface IgnoredEvent extends IncomingEvent {
}
