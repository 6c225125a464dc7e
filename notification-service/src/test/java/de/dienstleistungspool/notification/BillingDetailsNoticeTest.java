package de.dienstleistungspool.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.notification.support.Events;
import de.dienstleistungspool.notification.support.InjectGreenMail;
import de.dienstleistungspool.notification.support.Mails;
import de.dienstleistungspool.notification.support.Scenario;
import de.dienstleistungspool.testinfra.DeadLetters;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * municipality-service's {@code BillingDetailsChanged} (its published example, with this test's ids) becomes one
 * e-mail to the member's accounting people, however often it is delivered, naming the shortened IBAN; an event for a
 * member this service does not know in that region is dead-lettered and mails nobody.
 */
@QuarkusTest
class BillingDetailsNoticeTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    EntityManager em;

    @Test
    void aChangedBankAccountIsMailedOnceToTheMembersAccounting() throws Exception {
        Scenario s = Scenario.create(em);
        ObjectNode changed = Events.example("municipality-service", "BillingDetailsChanged", Map.of(
                "memberId", s.consumer(), "regionId", s.region(), "changedFields", List.of("iban", "bic"),
                "ibanLast4", "7777", "changedBy", "kaemmerei@" + s.consumerDomain()));
        ObjectNode removed = Events.example("municipality-service", "BillingDetailsChanged", Map.of(
                "memberId", s.consumer(), "regionId", s.region(), "changedFields", List.of("iban"),
                "changedBy", "kaemmerei@" + s.consumerDomain()));
        removed.putNull("ibanLast4");
        // the change twice, then the next one: same key, same partition, so once the second change has its
        // notification the repeated first one has been consumed as well (mails may arrive in either order)
        Events.send("member-events", s.consumer().toString(), changed, changed, removed);

        await().atMost(Duration.ofSeconds(30)).until(() -> Mails.distinct(
                greenMail.getReceivedMessagesForDomain(s.consumerDomain())).size() >= 2);
        List<MimeMessage> mails = Mails.distinct(greenMail.getReceivedMessagesForDomain(s.consumerDomain()));
        assertEquals(2, mails.size(), "one mail per change, though the first came twice");
        MimeMessage mail = mails.stream().filter(m -> body(m).contains("Neue IBAN")).findFirst().orElseThrow();
        assertEquals(List.of("dispatcher@" + s.consumerDomain()), Arrays.stream(mail.getAllRecipients())
                .map(Address::toString).toList(), "only the person with the accounting role");
        assertEquals("Ihre Bankverbindung wurde geändert", mail.getSubject());
        String body = body(mail);
        assertTrue(body.contains("Stadt Wanfried " + s.consumerDomain()) && body.contains("Neue IBAN: endet auf 7777")
                && body.contains("Geändert: IBAN, BIC") && body.contains("Geändert von: kaemmerei@" + s.consumerDomain()), body);
        assertEquals(0, greenMail.getReceivedMessagesForDomain(s.providerDomain()).length, "the other member hears nothing");
        assertEquals(2L, count("select count(*) from notification where member_id = ?1 and event_type = 'BillingDetailsChanged'",
                s.consumer()), "listed once per change in the member's feed");
    }

    @Test
    void aChangeForAMemberUnknownInThatRegionIsDeadLetteredAndMailsNobody() {
        Scenario s = Scenario.create(em);
        UUID otherRegion = UUID.randomUUID();
        ObjectNode foreign = Events.example("municipality-service", "BillingDetailsChanged", Map.of(
                "memberId", s.consumer(), "regionId", otherRegion, "changedFields", List.of("iban")));
        DeadLetters.send("member-events", s.consumer().toString(), foreign.toString());

        ConsumerRecord<String, String> dead = DeadLetters.keyed("notification-service.member-events.dlq",
                s.consumer().toString(), 1).get(0);
        assertTrue(DeadLetters.reason(dead).contains("not known in region " + otherRegion), DeadLetters.reason(dead));
        assertEquals(0L, count("select count(*) from notification where member_id = ?1", s.consumer()));
        assertFalse(Arrays.stream(greenMail.getReceivedMessagesForDomain(s.consumerDomain())).findAny().isPresent());
    }

    private static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }
}
