package de.dienstleistungspool.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stack's broker runs as its own JVM, creates the platform's topics and keeps its data across a restart. */
class KafkaBrokerProcessTest {

    @TempDir
    Path dir;

    @Test
    void brokerInItsOwnProcessKeepsTopicsAndMessagesAcrossARestart() throws Exception {
        KafkaBroker broker = new KafkaBroker(dir, Ports.free(), Ports.free());
        Path log = dir.resolve("kafka.log");

        ChildProcess first = broker.start(StackLauncher.KAFKA_JVM, log);
        try {
            assertNotEquals(ProcessHandle.current().pid(), first.pid());
            broker.awaitReadyAndCreateTopics(first, Duration.ofSeconds(120));
            assertEquals(Map.of("member-events", 3, "pool-events", 3, "booking-events", 3, "settlement-events", 3),
                    partitions(broker));
            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("booking-events", "offer-1", "{\"eventType\":\"Probe\"}"))
                        .get(30, TimeUnit.SECONDS);
            }
        } finally {
            first.stop(30);
        }
        assertTrue(Files.exists(dir.resolve("data/meta.properties")), "storage was formatted");

        ChildProcess second = broker.start(StackLauncher.KAFKA_JVM, log);
        try {
            broker.awaitReadyAndCreateTopics(second, Duration.ofSeconds(120));
            List<String> values = readAll(broker, "booking-events");
            assertEquals(List.of("{\"eventType\":\"Probe\"}"), values, "the message survived the restart");
        } finally {
            second.stop(30);
        }
    }

    private static Map<String, Integer> partitions(KafkaBroker broker) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            var descriptions = admin.describeTopics(KafkaBroker.TOPICS).allTopicNames().get(30, TimeUnit.SECONDS);
            return descriptions.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, e -> e.getValue().partitions().size()));
        }
    }

    private static List<String> readAll(KafkaBroker broker, String topic) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "stack-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
            return values;
        }
    }
}
