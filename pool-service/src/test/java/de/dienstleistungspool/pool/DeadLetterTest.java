package de.dienstleistungspool.pool;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.DeadLetters;
import de.dienstleistungspool.testinfra.TestTokens;
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
        UUID owner = UUID.randomUUID();
        UUID offer = ownOffer(owner);
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ObjectNode reversed = booking(offer, owner, start, start.minus(1, ChronoUnit.HOURS));
        ObjectNode good = booking(offer, owner, start, start.plus(1, ChronoUnit.HOURS));
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
    void aBookingOfAnUnknownOfferOrNamingAnotherCountyOrProviderMakesNothingBusy() {
        UUID owner = UUID.randomUUID();
        UUID offer = ownOffer(owner);
        Instant start = Instant.now().plus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ObjectNode unknownOffer = booking(UUID.randomUUID(), owner, start, start.plus(1, ChronoUnit.HOURS));
        ObjectNode otherCounty = booking(offer, owner, start, start.plus(1, ChronoUnit.HOURS));
        otherCounty.put("regionId", UUID.randomUUID().toString());
        ObjectNode otherProvider = booking(offer, UUID.randomUUID(), start, start.plus(1, ChronoUnit.HOURS));
        ObjectNode good = booking(offer, owner, start, start.plus(1, ChronoUnit.HOURS));
        double implausible = DeadLetters.counted(metrics, "pool-service/booking-events", "implausible");

        DeadLetters.send("booking-events", offer.toString(), unknownOffer.toString(), otherCounty.toString(),
                otherProvider.toString(), good.toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> processed("pool-service/booking-events", good) == 1);
        var dead = DeadLetters.keyed("pool-service.booking-events.dlq", offer.toString(), 3);
        assertTrue(DeadLetters.reason(dead.get(0)).endsWith("names unknown offer " + unknownOffer.get("offerId").asText()),
                DeadLetters.reason(dead.get(0)));
        assertTrue(DeadLetters.reason(dead.get(1)).contains("another region or provider"), DeadLetters.reason(dead.get(1)));
        assertTrue(DeadLetters.reason(dead.get(2)).contains("another region or provider"), DeadLetters.reason(dead.get(2)));
        assertEquals(implausible + 3, DeadLetters.counted(metrics, "pool-service/booking-events", "implausible"));
        for (ObjectNode forged : new ObjectNode[] {unknownOffer, otherCounty, otherProvider}) {
            assertEquals(0, processed("pool-service/booking-events", forged));
            assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from busy_period where booking_id = ?1").setParameter(1,
                    UUID.fromString(forged.get("bookingId").asText())).getSingleResult()).longValue()));
        }
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

    private static ObjectNode booking(UUID offer, UUID provider, Instant start, Instant end) {
        return TestData.bookingEvent("BookingRequested", "REQUESTED", UUID.randomUUID(), offer, provider,
                UUID.randomUUID(), start, end, Instant.now());
    }

    /** An offer of the member in the demo region, created through the API. */
    private static UUID ownOffer(UUID owner) {
        return TestData.createOffer(TestTokens.token(owner, TestData.WMK, "works-staff"),
                TestData.equipment("Saugwagen " + owner, 51.2, 10.0));
    }

    private long processed(String consumer, ObjectNode event) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from processed_event where consumer = ?1 and event_id = ?2").setParameter(1, consumer)
                .setParameter(2, UUID.fromString(event.path("eventId").asText())).getSingleResult()).longValue());
    }
}
