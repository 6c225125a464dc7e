package de.dienstleistungspool.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import de.dienstleistungspool.notification.service.WebhookSigner;
import de.dienstleistungspool.notification.support.Scenario;
import de.dienstleistungspool.notification.support.WebhookReceiver;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A member's software gets booking events as signed POSTs: the official Standard Webhooks library verifies them with
 * the secret shown at registration, failed attempts are retried with backoff, every attempt is visible, and a delivery can be re-sent.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Instant START = Instant.parse("2026-08-03T05:00:00Z");
    private static final Instant END = Instant.parse("2026-08-05T15:00:00Z");

    @Inject
    EntityManager em;

    @Test
    void signedPostIsRetriedAfterTwo500sAndArrivesTheThirdTime() throws Exception {
        Scenario s = Scenario.create(em);
        String admin = TestTokens.token(s.consumer(), s.region(), Roles.MEMBER_ADMIN);
        try (WebhookReceiver receiver = new WebhookReceiver(500, 500, 204)) {
            ExtractableResponse<Response> registered = given().auth().oauth2(admin).contentType("application/json")
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("BookingConfirmed"), "description", "Leitwarte"))
                    .when().header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks").then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.containsString("/webhooks/")).extract();
            String secret = registered.path("secret");
            String endpointId = registered.path("webhook.id");
            assertTrue(secret.startsWith("whsec_"));
            given().auth().oauth2(admin).get("/webhooks/" + endpointId).then().statusCode(200)
                    .body("secret", equalTo(null)).body("url", equalTo(receiver.url()));

            UUID booking = UUID.randomUUID();
            var requested = s.booking("BookingRequested", booking, "REQUESTED", START, END);
            var confirmed = s.booking("BookingConfirmed", booking, "CONFIRMED", START, END);
            s.publish(requested, confirmed, confirmed);

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() >= 3);
            List<WebhookReceiver.Received> calls = receiver.received();
            assertEquals(3, calls.size(), "two failures and one success; the unsubscribed request and the duplicate send nothing");
            for (WebhookReceiver.Received call : calls) {
                assertEquals(confirmed.get("eventId").asText(), call.header("Webhook-Id"));
                assertTrue(call.header("Webhook-Signature").matches("v1,[A-Za-z0-9+/]{43}="), call.header("Webhook-Signature"));
                new Webhook(secret).verify(call.body(), call.headers()); // the official library, as the member's software
                assertEquals("BookingConfirmed", new com.fasterxml.jackson.databind.ObjectMapper().readTree(call.body()).get("eventType").asText());
                assertTrue(Math.abs(Long.parseLong(call.header("Webhook-Timestamp")) - Instant.now().getEpochSecond()) < 60);
            }
            assertEquals(confirmed.toString(), calls.get(0).body());

            String deliveryId = await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(admin)
                    .get("/webhook-deliveries?status=DELIVERED").then().statusCode(200).extract().<String>path("items[0].id"),
                    id -> id != null);
            given().auth().oauth2(admin).get("/webhook-deliveries/" + deliveryId).then().statusCode(200)
                    .body("delivery.status", equalTo("DELIVERED"))
                    .body("delivery.attemptCount", equalTo(3))
                    .body("attempts", hasSize(3))
                    .body("attempts.statusCode", equalTo(List.of(500, 500, 204)))
                    .body("attempts[0].error", equalTo("HTTP 500"));

            // re-send with a rotated secret: a fourth POST that verifies with the new secret
            String rotated = given().auth().oauth2(admin).post("/webhooks/" + endpointId + "/secret")
                    .then().statusCode(200).extract().path("secret");
            assertNotEquals(secret, rotated);
            given().auth().oauth2(admin).post("/webhook-deliveries/" + deliveryId + "/resend").then().statusCode(202);
            await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received().size() == 4);
            WebhookReceiver.Received resent = receiver.received().get(3);
            new Webhook(rotated).verify(resent.body(), resent.headers());
            assertThrows(WebhookVerificationException.class,
                    () -> new Webhook(WebhookSigner.newSecret()).verify(resent.body(), resent.headers()),
                    "a secret the endpoint never had does not verify");
        }
    }

    @Test
    void deliveryGivesUpAfterItsDeadlineAndIsMarkedFailed() throws Exception {
        Scenario s = Scenario.create(em);
        String admin = TestTokens.token(s.provider(), s.region(), Roles.MEMBER_ADMIN);
        try (WebhookReceiver receiver = new WebhookReceiver(503)) {
            given().auth().oauth2(admin).contentType("application/json")
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("BookingRequested")))
                    .when().header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks").then().statusCode(201);
            s.publish(s.booking("BookingRequested", UUID.randomUUID(), "REQUESTED", START, END));
            await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received().size() >= 1);
            String deliveryId = await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(admin)
                    .get("/webhook-deliveries").then().extract().<String>path("items[0].id"), id -> id != null);
            // pull the deadline into the past: the next failure must give up instead of scheduling another try
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update webhook_delivery set give_up_at = now() where id = ?1").setParameter(1, UUID.fromString(deliveryId)).executeUpdate());
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(admin)
                    .get("/webhook-deliveries/" + deliveryId).then().statusCode(200).body("delivery.status", equalTo("FAILED")));
            int attempts = receiver.received().size();
            Thread.sleep(2_500);
            assertEquals(attempts, receiver.received().size(), "a FAILED delivery is not retried");
        }
    }
}
