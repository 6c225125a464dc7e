package de.dienstleistungspool.testinfra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every service must prove about its foundation: it reached the real PostgreSQL (a Flyway-created table
 * round-trip), the real broker (an outbox event read back from Kafka), and it answers bad JSON with problem+json.
 * Each service extends this in a {@code @QuarkusTest} and names one JSON endpoint of its own.
 */
public abstract class InfrastructureContractTest {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /** A POST endpoint of the service that takes a JSON body. */
    protected abstract String jsonEndpoint();

    /** A token the endpoint accepts, or null when it needs none. */
    protected abstract String bearerToken();

    @Test
    void flywayCreatedTableRoundTrip() {
        UUID eventId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "insert into processed_event (consumer, event_id) values ('infrastructure-test', ?1)")
                .setParameter(1, eventId).executeUpdate());
        Number found = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                        "select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult());
        assertEquals(1, found.intValue());
    }

    @Test
    void outboxEventReachesTheBroker() {
        String topic = "infrastructure-test-" + UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() ->
                outbox.publish(topic, "key-1", eventId, "InfrastructureProbed", Map.of("eventId", eventId.toString())));
        ConsumerTask<String, String> records = TestInfrastructure.kafkaCompanion()
                .consumeStrings().fromTopics(topic, 1).awaitCompletion(Duration.ofSeconds(30));
        assertEquals("key-1", records.getFirstRecord().key());
        assertEquals(true, records.getFirstRecord().value().contains(eventId.toString()));
    }

    @Test
    void malformedJsonIsAProblem400() {
        var request = given().contentType("application/json").body("{\"broken\": ");
        if (bearerToken() != null) {
            request = request.auth().oauth2(bearerToken());
        }
        request.when().post(jsonEndpoint())
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(400))
                .body("title", equalTo("Malformed request body"));
    }

    @Test
    void oversizedBodyIsAProblem413() {
        var request = given().contentType("application/json").body("{\"x\": \"" + "a".repeat(1_100_000) + "\"}");
        if (bearerToken() != null) {
            request = request.auth().oauth2(bearerToken());
        }
        request.when().post(jsonEndpoint())
                .then().statusCode(413)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(413));
    }
}
