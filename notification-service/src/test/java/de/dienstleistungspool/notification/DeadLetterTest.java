package de.dienstleistungspool.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.notification.support.Events;
import de.dienstleistungspool.testinfra.DeadLetters;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A poison message on {@code member-events} or {@code pool-events} goes to {@code notification-service.<topic>.dlq}
 * with its reason and claims nothing, while the next message of the partition is applied (booking-events:
 * {@code BookingMailTest}).
 */
@QuarkusTest
class DeadLetterTest {

    @Inject
    EntityManager em;

    @Test
    void aUserChangedWithoutUserIdIsDeadLetteredAndTheNextOneIsApplied() {
        UUID member = UUID.randomUUID();
        ObjectNode noUser = person(member, null);
        ObjectNode good = person(member, UUID.randomUUID().toString());
        DeadLetters.send("member-events", member.toString(), noUser.toString(), good.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from person where member_id = ?1", member) == 1);
        ConsumerRecord<String, String> dead = DeadLetters.keyed("notification-service.member-events.dlq", member.toString(), 1).get(0);
        assertEquals(noUser.toString(), dead.value());
        assertTrue(DeadLetters.reason(dead).endsWith("userId must not be blank"), DeadLetters.reason(dead));
        assertEquals(0, count("select count(*) from processed_event where event_id = ?1", UUID.fromString(noUser.get("eventId").asText())));
    }

    @Test
    void anOfferWithoutOwnerIsDeadLetteredAndTheNextOneIsApplied() {
        UUID offer = UUID.randomUUID();
        ObjectNode noOwner = Events.example("pool-service", "OfferCreated", Map.of("offerId", offer, "title", "Rüttelplatte"));
        noOwner.remove("ownerMemberId");
        ObjectNode good = Events.example("pool-service", "OfferChanged", Map.of("offerId", offer, "title", "Rüttelplatte",
                "ownerMemberId", UUID.randomUUID()));
        DeadLetters.send("pool-events", offer.toString(), noOwner.toString(), good.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from offer where offer_id = ?1", offer) == 1);
        ConsumerRecord<String, String> dead = DeadLetters.keyed("notification-service.pool-events.dlq", offer.toString(), 1).get(0);
        assertTrue(DeadLetters.reason(dead).endsWith("ownerMemberId must not be null"), DeadLetters.reason(dead));
    }

    private static ObjectNode person(UUID member, String userId) {
        ObjectNode e = Events.example("municipality-service", "UserChanged", Map.of("memberId", member, "name", "Person",
                "email", "person@" + member + ".example", "roles", List.of("dispatcher"), "active", true));
        if (userId == null) {
            e.remove("userId");
        } else {
            e.put("userId", userId);
        }
        return e;
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }
}
