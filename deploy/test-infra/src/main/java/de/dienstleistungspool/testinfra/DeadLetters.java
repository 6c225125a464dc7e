package de.dienstleistungspool.testinfra;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What a poison-message test sends and asserts: raw messages to a topic of the real broker, and the records that
 * reached a consumer's dead-letter topic {@code <service>.<topic>.dlq} with their reason and count.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    /** Sends the values, in this order and under one key (so one partition), to the topic and waits for the acks. */
    public static void send(String topic, String key, String... values) {
        for (String value : values) {
            TestInfrastructure.kafkaCompanion().produceStrings().fromRecords(new ProducerRecord<>(topic, key, value))
                    .awaitCompletion(Duration.ofSeconds(30));
        }
    }

    /** The records with this key in the dead-letter topic, once {@code expected} of them are there (at most 30 s). */
    public static List<ConsumerRecord<String, String>> keyed(String dlq, String key, int expected) {
        return TopicRecords.matching(dlq, r -> key.equals(r.key()), expected, Duration.ofSeconds(30));
    }

    /** The {@code dead-letter-reason} header the channel wrote: the failure's message. */
    public static String reason(ConsumerRecord<String, String> record) {
        return TopicRecords.header(record, "dead-letter-reason");
    }

    /** How many messages the consumer ({@code <service>/<topic>}) dead-lettered for the reason so far. */
    public static double counted(MeterRegistry registry, String consumer, String reason) {
        Counter c = registry.find("consumer.dead.lettered").tags("consumer", consumer, "reason", reason).counter();
        return c == null ? 0 : c.count();
    }
}
