package de.dienstleistungspool.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.AuthenticatedBroker;
import de.dienstleistungspool.testinfra.AuthenticatedKafka;
import de.dienstleistungspool.testinfra.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * booking-service against a broker that signs clients in and enforces the platform's rights (KafkaRights): signed in
 * as its own principal it still takes in pool-service's offers and its outbox relay still publishes to
 * {@code booking-events}, while pool-service's and notification-service's principals, and a client with a wrong
 * password, cannot write {@code booking-events}.
 */
@QuarkusTest
@TestProfile(AuthenticatedBroker.class)
class AuthenticatedBrokerTest {

    private static final Instant DAY = Instant.now().plus(Duration.ofDays(70)).truncatedTo(ChronoUnit.DAYS);

    @Test
    void theServiceWorksUnderItsRightsAndNobodyElseWritesBookingEvents() throws Exception {
        UUID offer = UUID.randomUUID();
        ObjectNode created = PoolFeed.offerCreated(offer, o -> o.put("ownerMemberId", PoolFeed.ESCHWEGE.toString()));
        UUID eventId = PoolFeed.stamp(created, "OfferCreated");
        try (KafkaProducer<String, String> pool = producer("pool-service", AuthenticatedKafka.password("pool-service"))) {
            pool.send(new ProducerRecord<>("pool-events", offer.toString(), created.toString())).get(30, TimeUnit.SECONDS);
            PoolFeed.awaitProcessed(eventId);

            UUID booking = Api.booked(PoolFeed.WANFRIED, offer, DAY, DAY.plus(Duration.ofHours(4)));
            List<ConsumerRecord<String, String>> published = awaitRecords(offer.toString(), 1);
            assertEquals("BookingRequested", TopicRecords.header(published.get(0), "event-type"));
            assertTrue(published.get(0).value().contains(booking.toString()), published.get(0).value());

            assertRefused(TopicAuthorizationException.class, pool);
        }
        try (KafkaProducer<String, String> notification = producer("notification-service",
                AuthenticatedKafka.password("notification-service"))) {
            assertRefused(TopicAuthorizationException.class, notification);
        }
        try (KafkaProducer<String, String> impostor = producer("booking-service", "not-the-password")) {
            assertRefused(SaslAuthenticationException.class, impostor);
        }
        assertEquals(List.of(), records("forged"), "no forged record reached booking-events");
    }

    private static void assertRefused(Class<? extends Exception> expected, KafkaProducer<String, String> producer) {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> producer
                .send(new ProducerRecord<>("booking-events", "forged", "{\"eventType\":\"BookingCompleted\"}"))
                .get(30, TimeUnit.SECONDS));
        assertInstanceOf(expected, refused.getCause(), refused.toString());
    }

    private static KafkaProducer<String, String> producer(String principal, String password) {
        Properties p = AuthenticatedKafka.clientAs(principal, password);
        p.put("max.block.ms", "15000");
        p.put("delivery.timeout.ms", "20000");
        p.put("request.timeout.ms", "10000");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(String key, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<ConsumerRecord<String, String>> found = records(key);
        while (found.size() < expected && System.nanoTime() < deadline) {
            found = records(key);
        }
        assertEquals(expected, found.size(), "records keyed " + key + " on booking-events");
        return found;
    }

    /** The records of {@code booking-events} with the key, read to its end as the broker's administrator. */
    private static List<ConsumerRecord<String, String>> records(String key) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(AuthenticatedKafka.admin(), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = c.partitionsFor("booking-events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                c.poll(Duration.ofMillis(250)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }
}
