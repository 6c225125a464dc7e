package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.domain.Member;
import de.dienstleistungspool.notification.domain.NotificationType.Side;
import de.dienstleistungspool.notification.domain.Offer;
import de.dienstleistungspool.platform.text.ControlCharacters;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Renders the German subject and body of an e-mail from the Qute templates {@code mail/<Type>-subject} and
 * {@code mail/<Type>}, with times in Europe/Berlin local time; the subject is flattened to one line without control
 * characters, the second line of defence behind the checks where titles and names enter.
 */
@ApplicationScoped
public class MailRenderer {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEE, dd.MM.yyyy, HH:mm 'Uhr'", Locale.GERMANY).withZone(BERLIN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'Uhr'", Locale.GERMANY).withZone(BERLIN);

    @Inject
    Engine engine;

    /** A rendered e-mail. */
    public record RenderedMail(String subject, String body) {
    }

    /**
     * Renders the mail for one side of the booking.
     *
     * @param self  the member being told, other the other party (either may be unknown yet)
     */
    public RenderedMail render(NotifiableEvent event, Side side, Member self, Member other, Offer offer) {
        BookingFacts b = event.booking();
        String type = event.type().name();
        String title = b.offerTitle() != null ? b.offerTitle() : offer != null ? offer.title : "Angebot " + b.offerId();
        TemplateInstance subject = template("mail/" + type + "-subject").instance();
        TemplateInstance body = template("mail/" + type).instance();
        for (TemplateInstance t : new TemplateInstance[] {subject, body}) {
            t.data("offerTitle", title)
                    .data("period", period(b.start(), b.end()))
                    .data("startText", b.start() == null ? "" : DATE_TIME.format(b.start()))
                    .data("endText", b.end() == null ? "" : DATE_TIME.format(b.end()))
                    .data("depot", offer == null ? null : offer.depotName)
                    .data("site", b.site())
                    .data("reason", b.reason())
                    .data("usage", b.usageQuantity() == null ? null : b.usageQuantity().stripTrailingZeros().toPlainString() + " " + unit(b.usageUnit()))
                    .data("lateCancellation", Boolean.TRUE.equals(b.lateCancellation()))
                    .data("equipment", "EQUIPMENT".equals(b.offerKind()) || (offer != null && "EQUIPMENT".equals(offer.kind)))
                    .data("provider", side == Side.PROVIDER)
                    .data("memberName", self == null ? "Ihr Mitglied" : self.name)
                    .data("otherRole", side == Side.PROVIDER ? "Anfragendes Mitglied" : "Anbietendes Mitglied")
                    .data("otherName", other == null ? "Das andere Mitglied" : other.name)
                    .data("otherEmail", other == null ? null : other.contactEmail)
                    .data("otherPhone", other == null ? null : other.contactPhone)
                    .data("bookingId", b.bookingId().toString())
                    .data("emergency", event.dispatch().emergency())
                    .data("holdUntilText", event.dispatch().holdExpiresAt() == null ? "" : DATE_TIME.format(event.dispatch().holdExpiresAt()))
                    .data("previousEndText", event.dispatch().previousEnd() == null ? "" : DATE_TIME.format(event.dispatch().previousEnd()))
                    .data("requestedEndText", event.dispatch().requestedEnd() == null ? "" : DATE_TIME.format(event.dispatch().requestedEnd()))
                    .data("alternatives", event.dispatch().alternatives().stream().map(MailRenderer::alternative).toList());
        }
        // a header is one line: whatever reached the data (a title stored before the check) cannot add header lines
        return new RenderedMail(ControlCharacters.flatten(subject.render()), body.render().strip() + "\n");
    }

    private Template template(String id) {
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("Missing mail template " + id);
        }
        return template;
    }

    static String period(Instant start, Instant end) {
        if (start == null || end == null) {
            return "";
        }
        boolean sameDay = start.atZone(BERLIN).toLocalDate().equals(end.atZone(BERLIN).toLocalDate());
        return DATE_TIME.format(start) + " bis " + (sameDay ? TIME.format(end) : DATE_TIME.format(end));
    }

    /** One line naming a free equivalent offer: title, distance, offer number. */
    static String alternative(NotifiableEvent.Alternative a) {
        return (a.offerTitle() == null ? "Angebot" : a.offerTitle())
                + (a.distanceKm() == null ? "" : " (" + a.distanceKm().toPlainString().replace('.', ',') + " km entfernt)")
                + ", Angebotsnummer " + a.offerId();
    }

    private static String unit(String unit) {
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            case "HOUR" -> "Stunden";
            case "DAY" -> "Tage";
            case "METRE" -> "Meter";
            default -> unit;
        };
    }
}
