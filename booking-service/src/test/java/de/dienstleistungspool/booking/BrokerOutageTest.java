package de.dienstleistungspool.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.testinfra.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Stops the real broker, creates and confirms bookings (the outbox keeps their events), starts the broker again, and
 * proves every event then arrives, once in effect and in commit order per offer. "Once in effect": the relay is
 * at-least-once towards Kafka (a send whose acknowledgement was lost in the outage is sent again), so a redelivery
 * may appear; it must be the identical message (same event id and payload), which consumers drop through their inbox.
 */
@QuarkusTest
class BrokerOutageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eventsWaitForTheBrokerThenArriveOnceInOrder() throws Exception {
        UUID offerA = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        UUID offerB = PoolFeed.equipment(PoolFeed.SONTRA, 0);
        Instant day = Instant.now().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.DAYS);
        List<String> expectedA = new ArrayList<>();
        List<String> expectedB = new ArrayList<>();
        TestInfrastructure.stopBroker();
        try {
            for (int i = 0; i < 5; i++) {
                Instant start = day.plus(Duration.ofDays(i));
                UUID a = Api.booked(PoolFeed.WITZENHAUSEN, offerA, start, start.plus(Duration.ofHours(6)));
                UUID b = Api.booked(PoolFeed.WITZENHAUSEN, offerB, start, start.plus(Duration.ofHours(6)));
                Api.step(Api.worksStaff(PoolFeed.ESCHWEGE), a, "confirm", null).then().statusCode(200);
                expectedA.add("BookingRequested " + a);
                expectedA.add("BookingConfirmed " + a);
                expectedB.add("BookingRequested " + b);
            }
            Thread.sleep(3000); // the relay tries and fails meanwhile
            assertEquals(15, PoolFeed.count("select count(*) from outbox_event "
                    + "where record_key in (?, ?)", offerA.toString(), offerB.toString()));
        } finally {
            TestInfrastructure.startBroker();
        }
        assertEquals(expectedA, sequence(BookingEventsTopic.of(offerA, 10, Duration.ofSeconds(90))));
        assertEquals(expectedB, sequence(BookingEventsTopic.of(offerB, 5, Duration.ofSeconds(60))));
        assertEquals(0, PoolFeed.count("select count(*) from outbox_event "
                + "where record_key in (?, ?)", offerA.toString(), offerB.toString()));
    }

    /** The events as a consumer's inbox sees them: first deliveries in order; redeliveries must be identical. */
    private static List<String> sequence(List<ConsumerRecord<String, String>> records) throws Exception {
        List<String> out = new ArrayList<>();
        var first = new java.util.HashMap<String, String>();
        for (ConsumerRecord<String, String> r : records) {
            var event = JSON.readTree(r.value());
            String id = event.get("eventId").asText();
            String earlier = first.putIfAbsent(id, r.value());
            if (earlier != null) {
                assertEquals(earlier, r.value(), "a redelivery of " + id + " differs from the first delivery");
                continue;
            }
            out.add(event.get("eventType").asText() + " " + event.get("bookingId").asText());
        }
        return out;
    }
}
