package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.domain.NotificationType;
import java.time.Instant;
import java.util.UUID;

/**
 * An event that members are told about: a booking event as consumed, or a reminder this service issued.
 *
 * @param eventId    idempotency key of every e-mail and webhook delivery it causes
 * @param payload    the JSON body webhooks receive
 */
public record NotifiableEvent(UUID eventId, NotificationType type, Instant occurredAt, BookingFacts booking, String payload) {
}
