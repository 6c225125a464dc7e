package de.dienstleistungspool.booking;

import de.dienstleistungspool.testinfra.TopicRecords;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads {@code booking-events} from the real broker: the records of one offer, in the order the broker holds them.
 */
public final class BookingEventsTopic {

    private BookingEventsTopic() {
    }

    /** Waits until at least {@code expected} records keyed by the offer arrived, then a moment longer for strays. */
    public static List<ConsumerRecord<String, String>> of(UUID offerId, int expected, Duration atMost) {
        return TopicRecords.matching("booking-events", r -> offerId.toString().equals(r.key()), expected, atMost);
    }

    /** The event types of the offer's records, in the broker's order (at least {@code expected}, strays included). */
    public static List<String> types(UUID offerId, int expected) {
        return of(offerId, expected, Duration.ofSeconds(30)).stream().map(r -> TopicRecords.header(r, "event-type")).toList();
    }
}
