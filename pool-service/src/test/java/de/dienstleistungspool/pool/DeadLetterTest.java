package de.dienstleistungspool.pool;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.DeadLetters;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A poison message on either topic pool-service consumes goes to {@code pool-service.<topic>.dlq} with its reason,
 * is counted, and is never recorded as processed, while the next good message of the same partition is applied.
 */
@QuarkusTest
class DeadLetterTest {

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @Test
    void poisonBookingEventsAreDeadLetteredAndTheNextOneIsApplied() {
        UUID offer = UUID.randomUUID();
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ObjectNode reversed = booking(offer, start, start.minus(1, ChronoUnit.HOURS));
        ObjectNode good = booking(offer, start, start.plus(1, ChronoUnit.HOURS));
        double unreadable = DeadLetters.counted(metrics, "pool-service/booking-events", "unreadable");

        DeadLetters.send("booking-events", offer.toString(), "{\"eventType\": not json", reversed.toString(), good.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> processed("pool-service/booking-events", good) == 1);
        var dead = DeadLetters.keyed("pool-service.booking-events.dlq", offer.toString(), 2);
        assertEquals("{\"eventType\": not json", dead.get(0).value());
        assertTrue(DeadLetters.reason(dead.get(0)).startsWith("unreadable: "), DeadLetters.reason(dead.get(0)));
        assertEquals(reversed.toString(), dead.get(1).value());
        assertTrue(DeadLetters.reason(dead.get(1)).contains("period must end after it starts"), DeadLetters.reason(dead.get(1)));
        assertEquals(0, processed("pool-service/booking-events", reversed));
        assertEquals(unreadable + 2, DeadLetters.counted(metrics, "pool-service/booking-events", "unreadable"));
    }

    @Test
    void aPoisonMemberEventIsDeadLetteredAndTheNextOneIsApplied() {
        UUID member = UUID.randomUUID();
        ObjectNode noRegion = TestData.memberEvent("MemberJoined", member, TestData.WMK, "Gemeinde Berkatal", 51.2, 9.9, Instant.now());
        noRegion.remove("regionId");
        ObjectNode good = TestData.memberEvent("MemberJoined", member, TestData.WMK, "Gemeinde Berkatal", 51.2, 9.9, Instant.now());

        DeadLetters.send("member-events", member.toString(), noRegion.toString(), good.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> processed("pool-service/member-events", good) == 1);
        ConsumerRecord<String, String> dead = DeadLetters.keyed("pool-service.member-events.dlq", member.toString(), 1).get(0);
        assertEquals(noRegion.toString(), dead.value());
        assertTrue(DeadLetters.reason(dead).contains("regionId must not be null"), DeadLetters.reason(dead));
        assertEquals(0, processed("pool-service/member-events", noRegion));
    }

    private static ObjectNode booking(UUID offer, Instant start, Instant end) {
        return TestData.bookingEvent("BookingRequested", "REQUESTED", UUID.randomUUID(), offer, UUID.randomUUID(),
                UUID.randomUUID(), start, end, Instant.now());
    }

    private long processed(String consumer, ObjectNode event) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from processed_event where consumer = ?1 and event_id = ?2").setParameter(1, consumer)
                .setParameter(2, UUID.fromString(event.path("eventId").asText())).getSingleResult()).longValue());
    }
}
