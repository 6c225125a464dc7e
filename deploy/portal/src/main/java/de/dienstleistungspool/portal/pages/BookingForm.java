package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.BookingApi;
import jakarta.ws.rs.FormParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The fields of a booking request as the forms send them (search hit, offer page), German names; the
 * {@code schluessel} is the Idempotency-Key the form was rendered with, so a double click books once.
 */
public class BookingForm {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{16,80}");
    private static final Pattern CODE = Pattern.compile("[A-Z_]{1,40}");

    @FormParam("angebot")
    public String offer;

    @FormParam("beginn")
    public String start;

    @FormParam("ende")
    public String end;

    @FormParam("abrechnung")
    public String settlementMode;

    @FormParam("sparte")
    public String sector;

    @FormParam("einsatzort")
    public String site;

    @FormParam("umfang")
    public String scope;

    @FormParam("einheit")
    public String scopeUnit;

    @FormParam("bemerkung")
    public String note;

    /** The requester's own reference ("Ihr Zeichen"), e.g. its order number. */
    @FormParam("zeichen")
    public String externalReference;

    /** The requester's cost centre (Haushaltsstelle). */
    @FormParam("haushaltsstelle")
    public String costCentre;

    @FormParam("schluessel")
    public String key;

    /** The offer, if the field holds an id. */
    public Optional<UUID> offerId() {
        try {
            return Optional.of(UUID.fromString(offer == null ? "" : offer.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The Idempotency-Key of this form, or a fresh one if the form carried none (then a retry books again). */
    public String idempotencyKey() {
        return new KeyOf(key).value();
    }

    /** The Idempotency-Key a form carried in its hidden field {@code schluessel}. */
    public record KeyOf(String raw) {
        public String value() {
            return raw != null && KEY.matcher(raw).matches() ? raw : UUID.randomUUID().toString();
        }
    }

    /** The request to booking-service, or empty when start or end cannot be read. */
    public Optional<BookingApi.NewBooking> request(UUID offerId) {
        Optional<Instant> from = Times.parse(start);
        Optional<Instant> to = Times.parse(end);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal quantity = null;
        if (scope != null && !scope.isBlank()) {
            try {
                quantity = new BigDecimal(scope.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                quantity = null;
            }
        }
        return Optional.of(new BookingApi.NewBooking(offerId, from.get(), to.get(), code(settlementMode), code(sector),
                text(site), quantity, quantity == null ? null : code(scopeUnit), text(note), text(externalReference),
                text(costCentre)));
    }

    private static String code(String value) {
        return value != null && CODE.matcher(value.strip()).matches() ? value.strip() : null;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
