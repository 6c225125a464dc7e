package de.dienstleistungspool.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.standardwebhooks.Webhook;
import de.dienstleistungspool.notification.support.Events;
import de.dienstleistungspool.notification.support.Scenario;
import de.dienstleistungspool.notification.support.WebhookReceiver;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.DeadLetters;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * An offer's owner receives the changes of its offer and of the offer's blackouts on the endpoints subscribed to
 * them, signed so that the official Standard Webhooks library verifies them; another member, even one subscribed to
 * the same types, receives nothing, and an event naming the wrong owner is dead-lettered instead of forwarded.
 */
@QuarkusTest
class OfferAndBlackoutWebhookTest {

    private static final List<String> POOL_TYPES = List.of("OfferChanged", "OfferRetired", "BlackoutAdded", "BlackoutRemoved");

    @Inject
    EntityManager em;

    @Test
    void theOwnerGetsItsOfferAndBlackoutChangesAndAnotherMemberNothing() throws Exception {
        Scenario s = Scenario.create(em);
        try (WebhookReceiver owner = new WebhookReceiver(204); WebhookReceiver other = new WebhookReceiver(204)) {
            String ownerSecret = register(s.provider(), s, owner, POOL_TYPES);
            register(s.consumer(), s, other, POOL_TYPES); // the member that books the offer: same types, not its offer

            UUID blackout = UUID.randomUUID();
            ObjectNode changed = Events.example("pool-service", "OfferChanged", Map.of("offerId", s.offer(),
                    "ownerMemberId", s.provider(), "title", "Kanal-TV-Kamera (neu)"));
            ObjectNode paused = Events.example("pool-service", "OfferPaused", Map.of("offerId", s.offer(),
                    "ownerMemberId", s.provider(), "title", "Kanal-TV-Kamera (neu)")); // not subscribed: not sent
            ObjectNode added = Events.example("pool-service", "BlackoutAdded", Map.of("offerId", s.offer(),
                    "blackoutId", blackout, "ownerMemberId", s.provider()));
            ObjectNode forged = Events.example("pool-service", "BlackoutAdded", Map.of("offerId", s.offer(),
                    "blackoutId", UUID.randomUUID(), "ownerMemberId", s.consumer()));
            ObjectNode removed = Events.example("pool-service", "BlackoutRemoved", Map.of("offerId", s.offer(),
                    "blackoutId", blackout, "ownerMemberId", s.provider()));
            ObjectNode retired = Events.example("pool-service", "OfferRetired", Map.of("offerId", s.offer(),
                    "ownerMemberId", s.provider(), "title", "Kanal-TV-Kamera (neu)", "status", "RETIRED"));
            Events.send("pool-events", s.offer().toString(), changed, paused, added, forged, removed, added, retired);

            await().atMost(Duration.ofSeconds(30)).until(() -> owner.received().size() >= 4);
            ConsumerRecord<String, String> dead = DeadLetters.keyed("notification-service.pool-events.dlq",
                    s.offer().toString(), 1).get(0);
            assertEquals(forged.toString(), dead.value());
            assertTrue(DeadLetters.reason(dead).contains("belongs to member " + s.provider()), DeadLetters.reason(dead));

            // deliveries to one endpoint may overtake each other (two at a time): matched by Webhook-Id
            Map<String, WebhookReceiver.Received> byId = owner.received().stream()
                    .collect(Collectors.toMap(r -> r.header("Webhook-Id"), r -> r));
            for (ObjectNode event : List.of(changed, added, removed, retired)) {
                WebhookReceiver.Received call = byId.get(event.get("eventId").asText());
                assertEquals(event.toString(), call.body(), "the event exactly as published");
                new Webhook(ownerSecret).verify(call.body(), call.headers());
            }
            // the last event is processed, so anything queued for the other member would be in the table by now
            assertEquals(0L, count("select count(*) from webhook_delivery where member_id = ?1", s.consumer()));
            assertEquals(4L, count("select count(*) from webhook_delivery where member_id = ?1", s.provider()),
                    "the repeated BlackoutAdded and the unsubscribed OfferPaused queue nothing");
            assertEquals(List.of(), other.received());
            assertEquals(4, owner.received().size());
        }
    }

    @Test
    void aBlackoutOfAnOfferNeverAnnouncedIsDeadLetteredAndForwardedToNobody() throws Exception {
        Scenario s = Scenario.create(em);
        try (WebhookReceiver owner = new WebhookReceiver(204)) {
            register(s.provider(), s, owner, POOL_TYPES);
            UUID unknownOffer = UUID.randomUUID();
            ObjectNode blackout = Events.example("pool-service", "BlackoutAdded", Map.of("offerId", unknownOffer,
                    "blackoutId", UUID.randomUUID(), "ownerMemberId", s.provider()));
            Events.send("pool-events", unknownOffer.toString(), blackout);
            ConsumerRecord<String, String> dead = DeadLetters.keyed("notification-service.pool-events.dlq",
                    unknownOffer.toString(), 1).get(0);
            assertEquals(blackout.toString(), dead.value());
            assertTrue(DeadLetters.reason(dead).contains("never announced"), DeadLetters.reason(dead));
            assertEquals(0L, count("select count(*) from webhook_delivery where member_id = ?1", s.provider()));
            assertEquals(List.of(), owner.received());
        }
    }

    @Test
    void aSubscriptionToAnUnknownTypeIsRefusedAndNamesTheKnownOnes() {
        Scenario s = Scenario.create(em);
        given().auth().oauth2(TestTokens.token(s.provider(), s.region(), Roles.MEMBER_ADMIN)).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("OfferDeleted")))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("BlackoutAdded"));
    }

    private static String register(UUID member, Scenario s, WebhookReceiver receiver, List<String> types) {
        return given().auth().oauth2(TestTokens.token(member, s.region(), Roles.MEMBER_ADMIN)).contentType("application/json")
                .body(Map.of("url", receiver.url(), "eventTypes", types))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks").then().statusCode(201)
                .extract().path("secret");
    }

    private long count(String sql, UUID member) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, member)
                .getSingleResult()).longValue());
    }
}
