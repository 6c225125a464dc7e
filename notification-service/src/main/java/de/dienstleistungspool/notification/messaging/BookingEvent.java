package de.dienstleistungspool.notification.messaging;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;
import de.dienstleistungspool.notification.service.BookingFacts;
import de.dienstleistungspool.notification.service.NotifiableEvent;
import de.dienstleistungspool.platform.messaging.IncomingEvent;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A {@code booking-events} message (docs/EVENTS.md) with what a notification states, and the message itself, which
 * webhooks receive exactly as published.
 */
public record BookingEvent(UUID eventId, String eventType, @NotNull Instant occurredAt, @NotNull UUID bookingId,
                           @NotNull UUID offerId, String offerTitle, String offerKind, @NotNull UUID providerMemberId,
                           @NotNull UUID consumerMemberId, @NotNull Instant start, @NotNull Instant end, String status,
                           String site, String reason, Boolean lateCancellation, Usage usage, Boolean emergency,
                           Instant holdExpiresAt, Instant previousEnd, Instant requestedEnd,
                           List<NotifiableEvent.Alternative> alternatives,
                           @JacksonInject(value = IncomingEvent.MESSAGE, useInput = OptBoolean.FALSE) String message)
        implements IncomingEvent {

    /** The requesting member: the consumer's log lines name it while it handles the event. */
    @Override
    public UUID memberId() {
        return consumerMemberId;
    }


    /** The actual use recorded at completion. */
    public record Usage(BigDecimal quantity, String unit) {
    }

    /** What the withdrawal, waitlist, extension and emergency e-mails add to the booking's facts. */
    public NotifiableEvent.Dispatch dispatch() {
        return new NotifiableEvent.Dispatch(Boolean.TRUE.equals(emergency), holdExpiresAt, previousEnd, requestedEnd,
                alternatives == null ? List.of() : alternatives);
    }

    /** What the e-mails and the reminder projection take from the event. */
    public BookingFacts facts() {
        return new BookingFacts(bookingId, offerId, offerTitle, offerKind, providerMemberId, consumerMemberId, start, end,
                status != null ? status : statusAfter(eventType), site, reason, lateCancellation,
                usage == null ? null : usage.quantity(), usage == null ? null : usage.unit());
    }

    private static String statusAfter(String eventType) {
        return switch (eventType) {
            case "BookingRequested" -> "REQUESTED";
            case "BookingConfirmed" -> "CONFIRMED";
            case "BookingRejected" -> "REJECTED";
            case "BookingCancelled" -> "CANCELLED";
            case "BookingStarted" -> "IN_USE";
            case "BookingCompleted" -> "COMPLETED";
            case "BookingNoShow" -> "NO_SHOW";
            case "BookingHeld" -> "HELD";
            case "BookingWithdrawn" -> "WITHDRAWN";
            case "BookingHoldExpired" -> "EXPIRED";
            default -> "UNKNOWN";
        };
    }
}
