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

/**
 * The stack's broker runs as its own JVM, creates the platform's topics, signs clients in, and keeps its data and
 * the services' logins across a restart.
 */
class KafkaBrokerProcessTest {

    @TempDir
    Path dir;

    @Test
    void brokerInItsOwnProcessKeepsTopicsMessagesAndLoginsAcrossARestart() throws Exception {
        KafkaBroker broker = new KafkaBroker(dir, Ports.free(), Ports.free());
        Path log = dir.resolve("kafka.log");

        ChildProcess first = broker.start(StackLauncher.KAFKA_JVM, log);
        try {
            assertNotEquals(ProcessHandle.current().pid(), first.pid());
            broker.awaitReadyAndProvision(first, Duration.ofSeconds(120));
            assertEquals(Map.of("member-events", 3, "pool-events", 3, "booking-events", 3, "settlement-events", 3,
                    "demand-events", 3),
                    partitions(broker));
            send(broker.adminClient(), "{\"eventType\":\"Probe\"}");
        } finally {
            first.stop(30);
        }
        assertTrue(Files.exists(dir.resolve("data/meta.properties")), "storage was formatted");

        KafkaBroker again = new KafkaBroker(dir, broker.port(), broker.controllerPort());
        assertEquals(broker.logins().password("booking-service"), again.logins().password("booking-service"),
                "the logins are kept with the broker's data");
        ChildProcess second = again.start(StackLauncher.KAFKA_JVM, log);
        try {
            // signed in with SCRAM before the launcher grants anything again: the credential is in the kept metadata
            again.awaitReady(second, Duration.ofSeconds(120));
            Properties bookingService = new Properties();
            bookingService.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, again.bootstrapServers());
            again.logins().serviceSettings("booking-service").forEach((k, v) -> bookingService.put(
                    k.substring("kafka.".length()), v));
            send(bookingService, "{\"eventType\":\"Second\"}");
            List<String> values = readAll(again, "booking-events", 2);
            assertEquals(List.of("{\"eventType\":\"Probe\"}", "{\"eventType\":\"Second\"}"), values,
                    "the message survived the restart");
        } finally {
            second.stop(30);
        }
    }

    private static void send(Properties client, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(client, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("booking-events", "offer-1", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static Map<String, Integer> partitions(KafkaBroker broker) throws Exception {
        try (Admin admin = Admin.create(broker.adminClient())) {
            var descriptions = admin.describeTopics(KafkaBroker.TOPICS).allTopicNames().get(30, TimeUnit.SECONDS);
            return descriptions.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, e -> e.getValue().partitions().size()));
        }
    }

    private static List<String> readAll(KafkaBroker broker, String topic, int expected) {
        Properties p = broker.adminClient();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "stack-test");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<String, String>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
            return values;
        }
    }
}
