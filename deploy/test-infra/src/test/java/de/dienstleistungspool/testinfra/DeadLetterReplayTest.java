package de.dienstleistungspool.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.platform.messaging.DeadLetterReplay;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The dead-letter replay tool against the real broker: it lists what waits with the reason, sends each message back to
 * the topic it came from with its key, value and event headers (not the dead-letter ones), and a second run replays
 * only what arrived since.
 */
class DeadLetterReplayTest {

    @Test
    void listsThenReplaysEachDeadLetterOnceToItsTopic() throws Exception {
        String topic = "replay-test-" + UUID.randomUUID();
        String dlq = "some-service." + topic + ".dlq";
        deadLetter(dlq, topic, "k1", "{\"n\":1}", "unreadable: no eventId");
        deadLetter(dlq, topic, "k2", "{\"n\":2}", "implausible: unknown offer");

        ByteArrayOutputStream listed = new ByteArrayOutputStream();
        assertEquals(2, run(listed, "list", "--topic", dlq));
        assertTrue(listed.toString(StandardCharsets.UTF_8).contains("implausible: unknown offer"), listed.toString());

        assertEquals(2, run(new ByteArrayOutputStream(), "replay", "--topic", dlq));
        List<ConsumerRecord<String, String>> back = TopicRecords.matching(topic, r -> true, 2, Duration.ofSeconds(30));
        assertEquals(List.of("k1", "k2"), back.stream().map(ConsumerRecord::key).sorted().toList());
        ConsumerRecord<String, String> first = back.stream().filter(r -> r.key().equals("k1")).findFirst().orElseThrow();
        assertEquals("{\"n\":1}", first.value());
        assertEquals("ev-k1", TopicRecords.header(first, "event-id"));
        assertNull(TopicRecords.header(first, "dead-letter-reason"));

        assertEquals(0, run(new ByteArrayOutputStream(), "replay", "--topic", dlq), "nothing new arrived");
        deadLetter(dlq, topic, "k3", "{\"n\":3}", "failed");
        assertEquals(1, run(new ByteArrayOutputStream(), "replay", "--topic", dlq), "only what arrived since");
        assertEquals(3, TopicRecords.matching(topic, r -> true, 3, Duration.ofSeconds(30)).size());
    }

    private static int run(ByteArrayOutputStream out, String command, String... options) throws Exception {
        String[] args = new String[options.length + 3];
        args[0] = command;
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "--bootstrap-servers";
        args[options.length + 2] = TestInfrastructure.bootstrapServers();
        return DeadLetterReplay.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    /** A record as SmallRye's dead-letter strategy writes it: original key and value, reason and origin in headers. */
    private static void deadLetter(String dlq, String topic, String key, String value, String reason) {
        ProducerRecord<String, String> r = new ProducerRecord<>(dlq, key, value);
        r.headers().add("event-id", ("ev-" + key).getBytes(StandardCharsets.UTF_8));
        r.headers().add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        r.headers().add("dead-letter-topic", topic.getBytes(StandardCharsets.UTF_8));
        TestInfrastructure.kafkaCompanion().produceStrings().fromRecords(r).awaitCompletion(Duration.ofSeconds(30));
    }
}
