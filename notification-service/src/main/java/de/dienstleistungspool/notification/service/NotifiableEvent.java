package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.domain.NotificationType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event that members are told about: a booking event as consumed, or a reminder this service issued.
 *
 * @param eventId    idempotency key of every e-mail and webhook delivery it causes
 * @param dispatch   what a withdrawal, waitlist, extension or emergency event adds ({@link Dispatch#NONE} otherwise)
 * @param payload    the JSON body webhooks receive
 */
public record NotifiableEvent(UUID eventId, NotificationType type, Instant occurredAt, BookingFacts booking,
                              Dispatch dispatch, String payload) {

    /** A free equivalent offer a withdrawal names. */
    public record Alternative(UUID offerId, String offerTitle, UUID providerMemberId, BigDecimal distanceKm) {
    }

    /** The event's facts beyond the booking: emergency mark, hold end, previous or requested end, alternatives. */
    public record Dispatch(boolean emergency, Instant holdExpiresAt, Instant previousEnd, Instant requestedEnd,
                           List<Alternative> alternatives) {

        public static final Dispatch NONE = new Dispatch(false, null, null, null, List.of());
    }
}
