package de.dienstleistungspool.testinfra;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.header.Header;

/**
 * Reads a topic of the real broker from its beginning and returns the records a test is looking for: the evidence that
 * an event was published, now that the outbox deletes a row once its event is on the broker.
 */
public final class TopicRecords {

    /** How long to keep reading after the expected records arrived, so that an unexpected extra one shows up too. */
    private static final Duration STRAYS = Duration.ofMillis(1500);

    private TopicRecords() {
    }

    /**
     * Waits until at least {@code expected} records of {@code topic} match (failing after {@code atMost}), then a moment
     * longer for strays, and returns every matching record in the order the broker holds them.
     */
    public static List<ConsumerRecord<String, String>> matching(String topic, Predicate<ConsumerRecord<String, String>> wanted,
            int expected, Duration atMost) {
        ConsumerTask<String, String> task = TestInfrastructure.kafkaCompanion().consumeStrings()
                .withGroupId("topic-records-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics(topic);
        try {
            long deadline = System.nanoTime() + atMost.toNanos();
            while (select(task, wanted).size() < expected) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Only " + select(task, wanted).size() + " of " + expected
                            + " expected records on " + topic + " after " + atMost);
                }
                Thread.sleep(100);
            }
            Thread.sleep(STRAYS.toMillis());
            return select(task, wanted);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            task.stop();
        }
    }

    /** The value of a record's header (e.g. {@code event-type}), or null. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, String>> select(ConsumerTask<String, String> task,
            Predicate<ConsumerRecord<String, String>> wanted) {
        return task.getRecords().stream().filter(wanted).toList();
    }
}
