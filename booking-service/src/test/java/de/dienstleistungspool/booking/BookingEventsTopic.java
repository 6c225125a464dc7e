package de.dienstleistungspool.booking;

import de.dienstleistungspool.testinfra.TestInfrastructure;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

/**
 * Reads {@code booking-events} from the real broker: the records of one offer, in the order the broker holds them.
 */
public final class BookingEventsTopic {

    private BookingEventsTopic() {
    }

    /** Waits until at least {@code expected} records keyed by the offer arrived, then a moment longer for strays. */
    public static List<ConsumerRecord<String, String>> of(UUID offerId, int expected, Duration atMost) {
        ConsumerTask<String, String> task = TestInfrastructure.kafkaCompanion().consumeStrings()
                .withGroupId("booking-events-test-" + UUID.randomUUID())
                .withOffsetReset(org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST)
                .fromTopics("booking-events");
        try {
            Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(200))
                    .until(() -> matching(task, offerId).size() >= expected);
            Thread.sleep(1500);
            return matching(task, offerId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            task.stop();
        }
    }

    private static List<ConsumerRecord<String, String>> matching(ConsumerTask<String, String> task, UUID offerId) {
        return task.getRecords().stream().filter(r -> offerId.toString().equals(r.key())).toList();
    }
}
