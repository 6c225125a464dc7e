package de.dienstleistungspool.notification.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Builds the producers' events from their published example files (the contract, in
 * {@code ../<producer>/src/test/resources/contracts/}) with the test's own ids and sends them to the real broker.
 */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    /** The producer's example of the event type with the given fields replaced. */
    public static ObjectNode example(String producer, String eventType, Map<String, ?> fields) {
        ObjectNode node = read(producer, eventType);
        node.put("eventId", UUID.randomUUID().toString());
        node.put("eventType", eventType);
        node.put("occurredAt", Instant.now().toString());
        fields.forEach((k, v) -> node.set(k, JSON.valueToTree(v)));
        return node;
    }

    public static void send(String topic, String key, ObjectNode... events) {
        List<ProducerRecord<String, String>> records = java.util.Arrays.stream(events)
                .map(e -> new ProducerRecord<>(topic, key, e.toString())).toList();
        TestInfrastructure.kafkaCompanion().produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(30));
    }

    public static void sendRaw(String topic, String key, String value) {
        TestInfrastructure.kafkaCompanion().produceStrings().fromRecords(new ProducerRecord<>(topic, key, value))
                .awaitCompletion(Duration.ofSeconds(30));
    }

    private static ObjectNode read(String producer, String eventType) {
        Path published = Path.of("..", producer, "src", "test", "resources", "contracts", eventType + ".json");
        try {
            return (ObjectNode) JSON.readTree(published.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("No published example " + published, e);
        }
    }
}
