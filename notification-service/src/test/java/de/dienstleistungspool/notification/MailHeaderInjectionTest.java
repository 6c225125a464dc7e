package de.dienstleistungspool.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import de.dienstleistungspool.notification.support.InjectGreenMail;
import de.dienstleistungspool.notification.support.Mails;
import de.dienstleistungspool.notification.support.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An offer title with line breaks that got into an event (stored before titles were checked, or sent by another
 * producer) cannot add headers or recipients to the mail sent from the county's address: the subject is one line.
 */
@QuarkusTest
class MailHeaderInjectionTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    EntityManager em;

    @Test
    void aLineFeedInTheTitleAddsNoHeaderAndNoRecipient() throws Exception {
        Scenario s = Scenario.create(em);
        ObjectNode requested = s.booking("BookingRequested", UUID.randomUUID(), "REQUESTED",
                Instant.parse("2026-07-01T06:00:00Z"), Instant.parse("2026-07-01T14:00:00Z"));
        requested.put("offerTitle", "Kamera\r\nBcc: attacker@evil.example\r\nX-Injected: yes\nSubject: Rechnung");
        s.publish(requested);
        await().atMost(Duration.ofSeconds(30)).until(() -> !messagesTo(s.providerDomain()).isEmpty());
        Thread.sleep(1_000);

        for (MimeMessage m : Mails.distinct(greenMail.getReceivedMessages())) {
            assertNull(m.getHeader("X-Injected"), "no injected header in any mail");
            assertEquals(1, m.getHeader("Subject").length);
            assertTrue(Arrays.stream(recipients(m)).noneMatch(a -> a.toString().contains("evil.example")), "no injected recipient");
        }
        MimeMessage mail = messagesTo(s.providerDomain()).get(0);
        assertEquals("Neue Buchungsanfrage: Kamera Bcc: attacker@evil.example X-Injected: yes Subject: Rechnung "
                + "(Mi., 01.07.2026, 08:00 Uhr bis 16:00 Uhr)", mail.getSubject());
        assertEquals(0, greenMail.getReceivedMessagesForDomain("evil.example").length, "nothing went to the attacker");
    }

    private List<MimeMessage> messagesTo(String domain) {
        return Mails.distinct(greenMail.getReceivedMessagesForDomain(domain));
    }

    private static Address[] recipients(MimeMessage m) throws Exception {
        Address[] all = m.getAllRecipients();
        return all == null ? new Address[0] : all;
    }

}
