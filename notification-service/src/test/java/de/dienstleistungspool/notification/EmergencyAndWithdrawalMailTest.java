package de.dienstleistungspool.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import de.dienstleistungspool.notification.support.InjectGreenMail;
import de.dienstleistungspool.notification.support.Mails;
import de.dienstleistungspool.notification.support.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * When things go wrong, the right people hear at once: an emergency booking alerts the owner's on-call contact with an
 * urgent mail, a withdrawal tells the requester with the equivalent offers it can rebook, a held waitlist slot tells
 * the waitlisted member until when it is held.
 */
@QuarkusTest
class EmergencyAndWithdrawalMailTest {

    private static final Instant START = Instant.parse("2026-07-04T21:00:00Z");
    private static final Instant END = Instant.parse("2026-07-05T05:00:00Z");

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    EntityManager em;

    @Test
    void anEmergencyConfirmationAlertsTheOwnersOnCallContactUrgently() {
        Scenario s = Scenario.create(em);
        UUID booking = UUID.randomUUID();
        ObjectNode confirmed = s.booking("BookingConfirmed", booking, "CONFIRMED", START, END).put("emergency", true);
        s.publish(confirmed);
        await().atMost(Duration.ofSeconds(30)).until(() -> !messagesTo(s.providerDomain()).isEmpty()
                && !messagesTo(s.consumerDomain()).isEmpty());
        MimeMessage alert = messagesTo(s.providerDomain()).get(0);
        assertTrue(recipients(alert).contains("rufbereitschaft@" + s.providerDomain()), recipients(alert).toString());
        assertTrue(subject(alert).startsWith("DRINGEND – Notfalleinsatz: Kanal-TV-Kamera"), subject(alert));
        assertTrue(text(alert).contains("Notfallanforderung"), text(alert));
    }

    @Test
    void aWithdrawalTellsTheRequesterWithTheEquivalentOffersAndAHeldSlotUntilWhen() {
        Scenario s = Scenario.create(em);
        s.publish(s.booking("BookingWithdrawn", UUID.randomUUID(), "WITHDRAWN", START, END));
        await().atMost(Duration.ofSeconds(30)).until(() -> !messagesTo(s.consumerDomain()).isEmpty());
        MimeMessage withdrawal = messagesTo(s.consumerDomain()).get(0);
        assertEquals(List.of("dispatcher@" + s.consumerDomain()), recipients(withdrawal));
        assertTrue(subject(withdrawal).startsWith("Buchung zurückgezogen: Kanal-TV-Kamera"), subject(withdrawal));
        String body = text(withdrawal);
        assertTrue(body.contains("Kanalsp") && body.contains("21,4 km entfernt"), body);
        assertTrue(body.contains("/rebook"), body);

        s.publish(s.booking("BookingHeld", UUID.randomUUID(), "HELD", START, END).put("holdExpiresAt", "2026-07-04T18:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(s.consumerDomain()).size() == 2);
        MimeMessage held = messagesTo(s.consumerDomain()).stream().filter(m -> subject(m).startsWith("Zeitraum")).findFirst().orElseThrow();
        assertTrue(text(held).contains("reserviert bis Sa., 04.07.2026, 20:00 Uhr"), text(held));
    }

    private List<MimeMessage> messagesTo(String domain) {
        return Mails.distinct(greenMail.getReceivedMessagesForDomain(domain));
    }

    /** The decoded text of a mail (the body travels quoted-printable). */
    private static String text(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
