package de.dienstleistungspool.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import de.dienstleistungspool.notification.support.Events;
import de.dienstleistungspool.notification.support.InjectGreenMail;
import de.dienstleistungspool.notification.support.Mails;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A booking for a year without published rates (municipality-service's {@code RatesMissing} on member-events) warns
 * the region's coordinators by e-mail, once per event, and nobody of another region.
 */
@QuarkusTest
class CoordinatorWarningMailTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    EntityManager em;

    @Test
    void coordinatorsOfTheRegionAreWarnedOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String domain = "kreis-" + tag + ".example";
        UUID region = UUID.randomUUID();
        UUID otherRegion = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        Events.send("member-events", member.toString(),
                Events.example("municipality-service", "MemberJoined", Map.of("memberId", member, "regionId", region,
                        "name", "Kreisstadt " + tag, "contactEmail", "bauhof@" + domain)),
                Events.example("municipality-service", "UserChanged", Map.of("memberId", member, "userId", UUID.randomUUID().toString(),
                        "name", "Koordination", "email", "koordination@" + domain, "roles", List.of("coordinator"), "active", true)),
                Events.example("municipality-service", "UserChanged", Map.of("memberId", member, "userId", UUID.randomUUID().toString(),
                        "name", "Disposition", "email", "dispatcher@" + domain, "roles", List.of("dispatcher"), "active", true)));
        Events.send("member-events", stranger.toString(),
                Events.example("municipality-service", "MemberJoined", Map.of("memberId", stranger, "regionId", otherRegion,
                        "name", "Fremd " + tag, "contactEmail", "bauhof@fremd-" + tag + ".example")),
                Events.example("municipality-service", "UserChanged", Map.of("memberId", stranger, "userId", UUID.randomUUID().toString(),
                        "name", "Fremde Koordination", "email", "koordination@fremd-" + tag + ".example", "roles", List.of("coordinator"), "active", true)));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from person where member_id in (?1, ?2)")
                        .setParameter(1, member).setParameter(2, stranger).getSingleResult()).intValue() == 3));

        UUID booking = UUID.randomUUID();
        ObjectNode warning = Events.example("municipality-service", "RatesMissing", Map.of("regionId", region, "year", 2027,
                "bookingId", booking, "consumerMemberId", member, "coordinatorEmail", "Pool@" + domain));
        Events.send("member-events", region.toString(), warning, warning);
        await().atMost(Duration.ofSeconds(30)).until(() -> !messagesTo(domain).isEmpty());
        Thread.sleep(1_500); // a second e-mail for the redelivered warning would arrive within this time

        List<MimeMessage> mails = messagesTo(domain);
        assertEquals(1, mails.size(), "warned once although delivered twice");
        MimeMessage mail = mails.get(0);
        assertEquals(List.of("koordination@" + domain, "pool@" + domain), recipients(mail).stream().sorted().toList());
        assertEquals("Verrechnungssätze 2027 fehlen: erste Buchung für 2027 eingegangen", mail.getSubject());
        String body = GreenMailUtil.getBody(mail);
        assertTrue(body.contains(booking.toString()), body);
        assertTrue(body.contains("SEWER_FLUSHING (Abwasserbeseitigung)"), body);
        assertTrue(body.contains("12.01.2027"), body);
        assertEquals(0, messagesTo("fremd-" + tag + ".example").size(), "no coordinator of another region is told");
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from notification where event_type = 'RatesMissing' and member_id = ?1 and booking_id = ?2")
                .setParameter(1, member).setParameter(2, booking).getSingleResult()).intValue()), "in the coordinator's feed");
    }

    private List<MimeMessage> messagesTo(String domain) {
        return Mails.distinct(greenMail.getReceivedMessagesForDomain(domain));
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
