package de.dienstleistungspool.notification;

import static io.restassured.RestAssured.given;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.IdempotentRetry;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A webhook is registered once per Idempotency-Key: a retried registration creates one endpoint and answers the same,
 * except that the signing secret is shown only in the first answer (it is never stored for a replay).
 */
@QuarkusTest
class IdempotentCreateTest {

    private static final UUID REGION = UUID.fromString("00000000-0000-4000-a000-000000000001");
    private final UUID member = UUID.randomUUID();
    private final String admin = TestTokens.token(member, REGION, Roles.MEMBER_ADMIN);

    @Inject
    EntityManager em;

    @Test
    void aRetriedWebhookRegistrationCreatesOneEndpointAndRepeatsTheAnswerWithoutTheSecret() {
        IdempotentRetry.createsOnce(key -> register(key, "https://127.0.0.1:9/hook"), this::endpoints, "secret");
        IdempotentRetry.reusedKeyIsRefused(key -> register(key, "https://127.0.0.1:9/a"),
                key -> register(key, "https://127.0.0.1:9/b"), this::endpoints);
        IdempotentRetry.keyIsRequired(key -> register(key, "https://127.0.0.1:9/c"), this::endpoints);
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select string_agg(response_body, '') from idempotent_request where member_id = ?1")
                .setParameter(1, member).getSingleResult());
        org.junit.jupiter.api.Assertions.assertFalse(stored.contains("\"secret\""), stored);
    }

    private Response register(String key, String url) {
        var request = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("url", url, "eventTypes", List.of("BookingConfirmed")));
        return (key == null ? request : request.header("Idempotency-Key", key)).post("/webhooks");
    }

    private long endpoints() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from webhook_endpoint where member_id = ?1").setParameter(1, member).getSingleResult()).longValue());
    }
}
