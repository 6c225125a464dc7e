package de.dienstleistungspool.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import de.dienstleistungspool.notification.support.Scenario;
import de.dienstleistungspool.notification.support.WebhookReceiver;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * During a secret rotation a receiver that still has only the old secret and one that already has only the new secret
 * both verify our deliveries with the official Standard Webhooks library; once the overlap ends only the new one does.
 */
@QuarkusTest
class WebhookSecretRotationTest {

    private static final Instant START = Instant.parse("2026-09-07T05:00:00Z");
    private static final Instant END = Instant.parse("2026-09-07T15:00:00Z");

    @Inject
    EntityManager em;

    @Test
    void oldAndNewSecretBothVerifyDuringTheOverlapAndOnlyTheNewOneAfterIt() throws Exception {
        Scenario s = Scenario.create(em);
        String admin = TestTokens.token(s.consumer(), s.region(), Roles.MEMBER_ADMIN);
        try (WebhookReceiver receiver = new WebhookReceiver(204)) {
            var registered = register(admin, receiver);
            String endpoint = registered.path("webhook.id");
            String first = registered.path("secret");
            String second = rotate(admin, endpoint);
            given().auth().oauth2(admin).get("/webhooks/" + endpoint).then().statusCode(200)
                    .body("previousSecretsValidUntil", notNullValue());

            WebhookReceiver.Received during = deliverOne(s, receiver, 1);
            String[] signatures = during.header("Webhook-Signature").split(" ");
            assertEquals(2, signatures.length, during.header("Webhook-Signature"));
            assertTrue(signatures[0].startsWith("v1,") && signatures[1].startsWith("v1,"), during.header("Webhook-Signature"));
            new Webhook(first).verify(during.body(), during.headers());   // a receiver not yet switched
            new Webhook(second).verify(during.body(), during.headers());  // a receiver already switched
            assertThrows(WebhookVerificationException.class, () -> new Webhook(
                    "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32])).verify(during.body(), during.headers()));

            // a second rotation within the overlap: all three secrets sign, so nobody mid-switch is cut off
            String third = rotate(admin, endpoint);
            WebhookReceiver.Received twice = deliverOne(s, receiver, 2);
            assertEquals(3, twice.header("Webhook-Signature").split(" ").length, twice.header("Webhook-Signature"));
            for (String secret : List.of(first, second, third)) {
                new Webhook(secret).verify(twice.body(), twice.headers());
            }

            // the overlap ends: only the current secret signs
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update webhook_previous_secret set valid_until = now() - interval '1 second' where endpoint_id = ?1")
                    .setParameter(1, UUID.fromString(endpoint)).executeUpdate());
            WebhookReceiver.Received after = deliverOne(s, receiver, 3);
            assertEquals(1, after.header("Webhook-Signature").split(" ").length, after.header("Webhook-Signature"));
            new Webhook(third).verify(after.body(), after.headers());
            assertThrows(WebhookVerificationException.class, () -> new Webhook(first).verify(after.body(), after.headers()));
            assertThrows(WebhookVerificationException.class, () -> new Webhook(second).verify(after.body(), after.headers()));
        }
    }

    @Test
    void anotherMembersAdminCannotRotateAndTheSecretStaysValid() throws Exception {
        Scenario s = Scenario.create(em);
        String admin = TestTokens.token(s.consumer(), s.region(), Roles.MEMBER_ADMIN);
        String otherAdmin = TestTokens.token(s.provider(), s.region(), Roles.MEMBER_ADMIN);
        try (WebhookReceiver receiver = new WebhookReceiver(204)) {
            var registered = register(admin, receiver);
            String endpoint = registered.path("webhook.id");
            given().auth().oauth2(otherAdmin).post("/webhooks/" + endpoint + "/secret").then().statusCode(404)
                    .contentType("application/problem+json");
            WebhookReceiver.Received delivery = deliverOne(s, receiver, 1);
            assertEquals(1, delivery.header("Webhook-Signature").split(" ").length);
            new Webhook(registered.<String>path("secret")).verify(delivery.body(), delivery.headers());
        }
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> register(
            String admin, WebhookReceiver receiver) {
        return given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("url", receiver.url(), "eventTypes", List.of("BookingConfirmed")))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks").then().statusCode(201).extract();
    }

    private static String rotate(String admin, String endpoint) {
        String secret = given().auth().oauth2(admin).post("/webhooks/" + endpoint + "/secret").then().statusCode(200)
                .extract().path("secret");
        assertTrue(secret.startsWith("whsec_"));
        return secret;
    }

    /** Publishes a fresh BookingConfirmed and returns its delivery, the {@code n}th the receiver got. */
    private static WebhookReceiver.Received deliverOne(Scenario s, WebhookReceiver receiver, int n) {
        var confirmed = s.booking("BookingConfirmed", UUID.randomUUID(), "CONFIRMED", START, END);
        s.publish(confirmed);
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() >= n);
        WebhookReceiver.Received r = receiver.received().get(n - 1);
        assertEquals(confirmed.get("eventId").asText(), r.header("Webhook-Id"));
        assertNotEquals(null, r.header("Webhook-Timestamp"));
        return r;
    }
}
