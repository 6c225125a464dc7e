package de.dienstleistungspool.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import de.dienstleistungspool.notification.support.InjectGreenMail;
import de.dienstleistungspool.notification.support.Mails;
import de.dienstleistungspool.notification.support.Scenario;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.DeadLetters;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Booking events reach the right people by e-mail over real SMTP: a request mails the owner's works staff, a
 * confirmation the requester's dispatchers, in German with the period in Berlin time, once per event, as the
 * member's preferences say.
 */
@QuarkusTest
class BookingMailTest {

    private static final Instant START = Instant.parse("2026-07-01T06:00:00Z");
    private static final Instant END = Instant.parse("2026-07-01T14:00:00Z");

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    EntityManager em;

    @Test
    void requestMailsTheOwnersWorksStaffAndConfirmationTheRequesterOnceEach() throws Exception {
        Scenario s = Scenario.create(em);
        UUID booking = UUID.randomUUID();
        ObjectNode requested = s.booking("BookingRequested", booking, "REQUESTED", START, END);
        ObjectNode confirmed = s.booking("BookingConfirmed", booking, "CONFIRMED", START, END);
        // the request twice, then the confirmation: same key, same partition, so once the confirmation is mailed
        // both copies of the request have been consumed
        s.publish(requested, requested, confirmed);
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(s.consumerDomain()).size() == 1
                && !messagesTo(s.providerDomain()).isEmpty());
        Thread.sleep(1_500); // a second e-mail for the redelivered request would arrive within this time

        List<MimeMessage> toOwner = messagesTo(s.providerDomain());
        assertEquals(1, toOwner.size(), "the request is mailed once although delivered twice");
        MimeMessage request = toOwner.get(0);
        assertEquals(List.of("works-staff@" + s.providerDomain()), recipients(request));
        assertEquals("Neue Buchungsanfrage: Kanal-TV-Kamera (Mi., 01.07.2026, 08:00 Uhr bis 16:00 Uhr)", request.getSubject());
        String body = GreenMailUtil.getBody(request);
        assertTrue(body.contains("Depot:     Bauhof Eschwege"), body);
        assertTrue(body.contains("Stadt Wanfried " + s.consumerDomain()), body);
        assertTrue(body.contains("rathaus@" + s.consumerDomain()) && body.contains("+49 5655 9894-0"), body);

        MimeMessage confirmation = messagesTo(s.consumerDomain()).get(0);
        assertEquals(List.of("dispatcher@" + s.consumerDomain()), recipients(confirmation));
        assertEquals("Buchung bestätigt: Kanal-TV-Kamera (Mi., 01.07.2026, 08:00 Uhr bis 16:00 Uhr)", confirmation.getSubject());
        assertTrue(GreenMailUtil.getBody(confirmation).contains("bauhof@" + s.providerDomain()));

        String ownerToken = TestTokens.token(s.provider(), s.region(), Roles.WORKS_STAFF);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(ownerToken)
                .when().get("/notifications").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].eventType", equalTo("BookingRequested"))
                .body("items[0].status", equalTo("SENT"))
                .body("items[0].subject", equalTo(request.getSubject())));
        String id = given().auth().oauth2(ownerToken).get("/notifications").path("items[0].id");
        given().auth().oauth2(ownerToken).when().get("/notifications/" + id).then().statusCode(200)
                .body("body", org.hamcrest.Matchers.containsString("Bitte bestätigen oder lehnen Sie die Anfrage ab"));
    }

    @Test
    void preferencesChooseRolesAndAddressesOrSwitchEmailOff() {
        Scenario s = Scenario.create(em);
        String ownerAdmin = TestTokens.token(s.provider(), s.region(), Roles.MEMBER_ADMIN);
        String requesterAdmin = TestTokens.token(s.consumer(), s.region(), Roles.MEMBER_ADMIN);
        given().auth().oauth2(ownerAdmin).contentType("application/json")
                .body(Map.of("email", true, "roles", List.of("dispatcher"), "addresses", List.of("Leitstelle@" + s.providerDomain())))
                .when().put("/notification-preferences/BookingRequested").then().statusCode(200)
                .body("custom", equalTo(true)).body("addresses[0]", equalTo("leitstelle@" + s.providerDomain()));
        given().auth().oauth2(requesterAdmin).contentType("application/json")
                .body(Map.of("email", false, "roles", List.of()))
                .when().put("/notification-preferences/BookingRejected").then().statusCode(200);

        UUID booking = UUID.randomUUID();
        s.publish(s.booking("BookingRequested", booking, "REQUESTED", START, END),
                s.booking("BookingRejected", booking, "REJECTED", START, END));
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(s.providerDomain()).size() == 1);
        assertEquals(List.of("dispatcher@" + s.providerDomain(), "leitstelle@" + s.providerDomain()),
                recipients(messagesTo(s.providerDomain()).get(0)).stream().sorted().toList());

        String requesterToken = TestTokens.token(s.consumer(), s.region(), Roles.DISPATCHER);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(requesterToken)
                .when().get("/notifications?eventType=BookingRejected").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("DISABLED")));
        assertEquals(0, messagesTo(s.consumerDomain()).size(), "e-mail switched off for rejections");
        given().auth().oauth2(requesterAdmin).when().get("/notification-preferences").then().statusCode(200)
                .body("find { it.eventType == 'BookingRejected' }.email", equalTo(false))
                .body("find { it.eventType == 'BookingConfirmed' }.custom", equalTo(false))
                .body("find { it.eventType == 'BookingConfirmed' }.roles", equalTo(List.of("dispatcher")));
    }

    @Test
    void poisonMessagesAreDeadLetteredAndTheNextOneIsStillMailed() {
        Scenario s = Scenario.create(em);
        ObjectNode withoutBooking = s.booking("BookingRequested", UUID.randomUUID(), "REQUESTED", START, END);
        withoutBooking.remove("bookingId");
        DeadLetters.send("booking-events", s.offer().toString(), "this is not JSON {", withoutBooking.toString());
        s.publish(s.booking("BookingRequested", UUID.randomUUID(), "REQUESTED", START, END));
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(s.providerDomain()).size() == 1);
        var dead = DeadLetters.keyed("notification-service.booking-events.dlq", s.offer().toString(), 2);
        assertEquals("this is not JSON {", dead.get(0).value());
        assertEquals(withoutBooking.toString(), dead.get(1).value());
        assertTrue(DeadLetters.reason(dead.get(1)).endsWith("bookingId must not be null"), DeadLetters.reason(dead.get(1)));
    }

    /** The messages sent to a domain; GreenMail keeps one copy per recipient, so copies are merged by Message-ID. */
    private List<MimeMessage> messagesTo(String domain) {
        return Mails.distinct(greenMail.getReceivedMessagesForDomain(domain));
    }

    private static List<String> recipients(MimeMessage m) throws RuntimeException {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
