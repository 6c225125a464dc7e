package de.dienstleistungspool.notification.service;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.notification.domain.Booking;
import de.dienstleistungspool.notification.domain.BookingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Reads a booking event into {@link BookingFacts} and keeps the latest state of each booking for the reminders.
 */
@ApplicationScoped
public class BookingProjection {

    @Inject
    BookingRepository bookings;

    /** The facts an e-mail about this event states. */
    public BookingFacts facts(JsonNode e) {
        JsonNode usage = e.path("usage");
        return new BookingFacts(Directory.uuid(e, "bookingId"), Directory.uuid(e, "offerId"),
                Directory.text(e, "offerTitle", null), Directory.text(e, "offerKind", null),
                Directory.uuid(e, "providerMemberId"), Directory.uuid(e, "consumerMemberId"),
                instant(e, "start"), instant(e, "end"), Directory.text(e, "status", statusAfter(e.path("eventType").asText())), Directory.text(e, "site", null),
                Directory.text(e, "reason", null), e.hasNonNull("lateCancellation") ? e.get("lateCancellation").asBoolean() : null,
                usage.hasNonNull("quantity") ? new BigDecimal(usage.get("quantity").asText()) : null,
                usage.hasNonNull("unit") ? usage.get("unit").asText() : null);
    }

    /** Upserts the booking unless a later event of it was already applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(BookingFacts f, Instant occurredAt) {
        Booking found = bookings.findById(f.bookingId());
        if (found != null && found.lastEventAt.isAfter(occurredAt)) {
            return;
        }
        Booking b = found != null ? found : new Booking();
        b.bookingId = f.bookingId();
        b.offerId = f.offerId();
        b.offerTitle = f.offerTitle();
        b.offerKind = f.offerKind();
        b.providerMemberId = f.providerMemberId();
        b.consumerMemberId = f.consumerMemberId();
        b.startAt = f.start();
        b.endAt = f.end();
        b.status = f.status();
        b.site = f.site();
        b.lastEventAt = occurredAt;
        if (found == null) {
            bookings.persist(b);
        }
    }

    /** The facts of a stored booking, for reminders. */
    public static BookingFacts facts(Booking b) {
        return new BookingFacts(b.bookingId, b.offerId, b.offerTitle, b.offerKind, b.providerMemberId, b.consumerMemberId,
                b.startAt, b.endAt, b.status, b.site, null, null, null, null);
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
            default -> "UNKNOWN";
        };
    }

    private static Instant instant(JsonNode e, String field) {
        String v = Directory.text(e, field, null);
        if (v == null) {
            throw new IllegalArgumentException("Missing field " + field);
        }
        return Instant.parse(v);
    }
}
