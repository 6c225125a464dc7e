package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.dienstleistungspool.e2e.stack.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The stack's broker enforces KafkaRights with the logins the services run with: a service's login writes its own
 * dead-letter topics but no event topic another service owns, reads only what its service consumes, and a client
 * without a login gets nothing (the journeys prove the services themselves work under these rights).
 */
@Order(2)
class BrokerRightsTest extends StackTest {

    /** Each event topic and the one service that writes it (docs/EVENTS.md). */
    private static final Map<String, String> OWNERS = Map.of("member-events", "municipality-service",
            "settlement-events", "municipality-service", "pool-events", "pool-service",
            "booking-events", "booking-service", "demand-events", "booking-service");
    private static final List<String> SERVICES = List.of("municipality-service", "pool-service", "booking-service",
            "notification-service");

    @Test
    void aServiceLoginCannotWriteAnotherServicesTopic() throws Exception {
        String key = "forged-" + UUID.randomUUID();
        for (String principal : SERVICES) {
            try (KafkaProducer<String, String> producer = producer(signedInAs(principal))) {
                for (Map.Entry<String, String> topic : OWNERS.entrySet()) {
                    if (!topic.getValue().equals(principal)) {
                        ExecutionException refused = assertThrows(ExecutionException.class, () -> send(producer,
                                topic.getKey(), key), principal + " writes " + topic.getKey());
                        assertInstanceOf(TopicAuthorizationException.class, refused.getCause(),
                                principal + " → " + topic.getKey() + ": " + refused);
                    }
                }
                // the same login writes (and creates) a dead-letter topic of its own: the refusals were the ACLs'
                String ownDeadLetters = principal + ".rights-probe.dlq";
                assertEquals(ownDeadLetters, send(producer, ownDeadLetters, key).topic());
            }
        }
        for (String topic : OWNERS.keySet()) {
            assertEquals(List.of(), Topic.readAll(STACK.kafkaAdmin(), topic).stream()
                    .filter(r -> key.equals(r.key())).toList(), "no forged record reached " + topic);
        }
    }

    @Test
    void aServiceLoginReadsOnlyWhatItsServiceConsumes() {
        Properties notification = signedInAs("notification-service");
        notification.put("group.id", "notification-service");
        notification.put("enable.auto.commit", "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(notification, new StringDeserializer(),
                new StringDeserializer())) {
            // it reads all four event topics, but not another service's dead letters
            consumer.assign(List.of(new TopicPartition("municipality-service.booking-events.dlq", 0)));
            consumer.seekToBeginning(consumer.assignment());
            assertThrows(TopicAuthorizationException.class, () -> consumer.poll(Duration.ofSeconds(10)),
                    "notification-service reads municipality-service's dead letters");
        }
    }

    @Test
    void aClientWithoutALoginGetsNothing() {
        Properties anonymous = new Properties();
        anonymous.put("bootstrap.servers", STACK.bootstrapServers());
        anonymous.put("max.block.ms", "3000");
        try (KafkaProducer<String, String> producer = producer(anonymous)) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> send(producer, "booking-events", "anonymous"));
            assertInstanceOf(TimeoutException.class, refused.getCause(), refused.toString());
        }
    }

    /** Client settings that sign in as the service's principal with the password its process runs with. */
    private static Properties signedInAs(String principal) {
        Properties p = new Properties();
        p.put("bootstrap.servers", STACK.bootstrapServers());
        STACK.kafkaLogins().serviceSettings(principal).forEach((k, v) -> p.put(k.substring("kafka.".length()), v));
        return p;
    }

    private static KafkaProducer<String, String> producer(Properties client) {
        client.putIfAbsent("max.block.ms", "15000");
        client.put("delivery.timeout.ms", "20000");
        client.put("request.timeout.ms", "10000");
        return new KafkaProducer<>(client, new StringSerializer(), new StringSerializer());
    }

    private static RecordMetadata send(KafkaProducer<String, String> producer, String topic, String key)
            throws Exception {
        return producer.send(new ProducerRecord<>(topic, key, "{\"eventType\":\"BookingCompleted\"}"))
                .get(30, TimeUnit.SECONDS);
    }
}
