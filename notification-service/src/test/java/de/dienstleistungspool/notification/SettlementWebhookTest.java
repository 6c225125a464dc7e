package de.dienstleistungspool.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.standardwebhooks.Webhook;
import de.dienstleistungspool.notification.support.Events;
import de.dienstleistungspool.notification.support.WebhookReceiver;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.DeadLetters;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Settlement events reach the members they concern as Standard Webhooks that the official library verifies: a
 * statement its member, an invoice both parties, a year close every member of the region that subscribed; a member
 * of another region, or one not subscribed, gets nothing, and an event naming a stranger is dead-lettered.
 */
@QuarkusTest
class SettlementWebhookTest {

    private static final List<String> SETTLEMENT_TYPES = List.of("StatementReady", "InvoiceIssued", "YearClosed");

    @Inject
    EntityManager em;

    @Test
    void settlementEventsReachTheMembersTheyConcern() throws Exception {
        UUID region = UUID.randomUUID();
        UUID otherRegion = UUID.randomUUID();
        UUID seller = UUID.randomUUID();
        UUID buyer = UUID.randomUUID();
        UUID bystander = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        announce(region, seller, buyer, bystander);
        announce(otherRegion, stranger);
        try (WebhookReceiver sellerHook = new WebhookReceiver(204); WebhookReceiver buyerHook = new WebhookReceiver(204);
             WebhookReceiver bystanderHook = new WebhookReceiver(204); WebhookReceiver strangerHook = new WebhookReceiver(204)) {
            String sellerSecret = register(seller, region, sellerHook, SETTLEMENT_TYPES);
            String buyerSecret = register(buyer, region, buyerHook, List.of("InvoiceIssued", "YearClosed"));
            register(bystander, region, bystanderHook, List.of("OfferChanged"));
            register(stranger, otherRegion, strangerHook, SETTLEMENT_TYPES);

            ObjectNode statement = Events.example("municipality-service", "StatementReady", Map.of("regionId", region,
                    "memberId", seller, "statementId", UUID.randomUUID()));
            ObjectNode invoice = Events.example("municipality-service", "InvoiceIssued", Map.of("regionId", region,
                    "invoiceId", UUID.randomUUID(), "sellerId", seller, "buyerId", buyer));
            ObjectNode closed = Events.example("municipality-service", "YearClosed", Map.of("regionId", region, "year", 2025));
            ObjectNode foreignStatement = Events.example("municipality-service", "StatementReady", Map.of("regionId", region,
                    "memberId", stranger, "statementId", UUID.randomUUID()));
            ObjectNode unknownRegion = Events.example("municipality-service", "YearClosed", Map.of("regionId", UUID.randomUUID(),
                    "year", 2025));
            // sent on this region's key and partition, but naming a region nobody here knows
            Events.send("settlement-events", region.toString(), statement, invoice, closed, foreignStatement, unknownRegion,
                    invoice);

            List<ConsumerRecord<String, String>> dead = DeadLetters.keyed("notification-service.settlement-events.dlq",
                    region.toString(), 2);
            assertEquals(foreignStatement.toString(), dead.get(0).value());
            assertTrue(DeadLetters.reason(dead.get(0)).contains("names member " + stranger + " of region " + otherRegion),
                    DeadLetters.reason(dead.get(0)));
            assertTrue(DeadLetters.reason(dead.get(1)).contains("which has no member known here"), DeadLetters.reason(dead.get(1)));

            await().atMost(Duration.ofSeconds(30)).until(() -> sellerHook.received().size() >= 3 && buyerHook.received().size() >= 2);
            verified(sellerHook, sellerSecret, statement, invoice, closed);
            verified(buyerHook, buyerSecret, invoice, closed);
            // the repeated InvoiceIssued was the last event of the partition: anything it queued would be there now
            assertEquals(3L, deliveries(seller), "the redelivered invoice queues nothing");
            assertEquals(2L, deliveries(buyer));
            assertEquals(0L, deliveries(bystander) + deliveries(stranger));
            assertEquals(List.of(), bystanderHook.received());
            assertEquals(List.of(), strangerHook.received());
        }
    }

    @Test
    void theSettlementTypesCanBeSubscribed() {
        UUID member = UUID.randomUUID();
        given().auth().oauth2(TestTokens.token(member, UUID.randomUUID(), Roles.MEMBER_ADMIN)).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("StatementClosed")))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks").then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("InvoiceIssued"));
    }

    private static void verified(WebhookReceiver hook, String secret, ObjectNode... events) throws Exception {
        Map<String, WebhookReceiver.Received> byId = new HashMap<>();
        hook.received().forEach(r -> byId.put(r.header("Webhook-Id"), r));
        assertEquals(events.length, hook.received().size());
        for (ObjectNode event : events) {
            WebhookReceiver.Received call = byId.get(event.get("eventId").asText());
            assertEquals(event.toString(), call.body(), "the event exactly as published");
            new Webhook(secret).verify(call.body(), call.headers());
        }
    }

    private void announce(UUID region, UUID... members) {
        for (UUID m : members) {
            Events.send("member-events", m.toString(), Events.example("municipality-service", "MemberJoined", Map.of(
                    "memberId", m, "regionId", region, "name", "Gemeinde " + m, "contactEmail", "kasse@" + m + ".example",
                    "contactPhone", "+49 5651 304-0")));
        }
        for (UUID m : members) {
            await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                    ((Number) em.createNativeQuery("select count(*) from member where member_id = ?1")
                            .setParameter(1, m).getSingleResult()).intValue() == 1));
        }
    }

    private static String register(UUID member, UUID region, WebhookReceiver receiver, List<String> types) {
        return given().auth().oauth2(TestTokens.token(member, region, Roles.MEMBER_ADMIN)).contentType("application/json")
                .body(Map.of("url", receiver.url(), "eventTypes", types))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks").then().statusCode(201)
                .extract().path("secret");
    }

    private long deliveries(UUID member) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from webhook_delivery where member_id = ?1").setParameter(1, member).getSingleResult()).longValue());
    }
}
