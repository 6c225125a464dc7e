package de.dienstleistungspool.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.notification.support.Scenario;
import de.dienstleistungspool.notification.support.SlowReceiver;
import de.dienstleistungspool.notification.support.WebhookReceiver;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
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
 * Receivers that stall cannot hold up other members or get a delivery twice: deliveries go out concurrently with at
 * most two per endpoint, an attempt ends at its deadline however slowly the receiver trickles, and the lease outlasts
 * every attempt (the test profile's lease is 25 s, so an attempt running past it would be claimed and sent again).
 */
@QuarkusTest
class WebhookStallTest {

    private static final Instant START = Instant.parse("2026-09-07T05:00:00Z");
    private static final Instant END = Instant.parse("2026-09-07T15:00:00Z");

    @Inject
    EntityManager em;

    @Test
    void aReceiverTricklingItsBodyDelaysNobodyAndGetsEachDeliveryOnce() throws Exception {
        Scenario slow = Scenario.create(em);
        Scenario other = Scenario.create(em);
        try (SlowReceiver trickler = new SlowReceiver(SlowReceiver.Behaviour.TRICKLE_BODY); WebhookReceiver healthy = new WebhookReceiver(204)) {
            String slowAdmin = register(slow, trickler.url());
            register(other, healthy.url());
            Instant published = Instant.now();
            for (int i = 0; i < 3; i++) {
                slow.publish(slow.booking("BookingConfirmed", UUID.randomUUID(), "CONFIRMED", START, END));
            }
            other.publish(other.booking("BookingConfirmed", UUID.randomUUID(), "CONFIRMED", START, END));

            await().atMost(Duration.ofSeconds(30)).until(() -> healthy.received().size() == 1);
            System.out.printf("webhook stall: the other member's delivery arrived %d ms after publishing%n",
                    Duration.between(published, healthy.arrivals().get(0)).toMillis());
            // past the 25 s lease: an attempt that was still reading the trickled body would have been claimed again
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), published.plusSeconds(35)).toMillis()));
            assertEquals(3, trickler.requests().size(), "each of the three deliveries was POSTed exactly once");
            assertEquals(1, healthy.received().size());
            given().auth().oauth2(slowAdmin).get("/webhook-deliveries?status=DELIVERED").then().statusCode(200).body("total", equalTo(3));
        }
    }

    @Test
    void aReceiverThatNeverAnswersTimesOutWhileAnotherMemberIsServedAtOnce() throws Exception {
        Scenario stalled = Scenario.create(em);
        Scenario other = Scenario.create(em);
        try (SlowReceiver silent = new SlowReceiver(SlowReceiver.Behaviour.NEVER_ANSWER); WebhookReceiver healthy = new WebhookReceiver(204)) {
            String stalledAdmin = register(stalled, silent.url());
            register(other, healthy.url());
            for (int i = 0; i < 5; i++) {
                stalled.publish(stalled.booking("BookingConfirmed", UUID.randomUUID(), "CONFIRMED", START, END));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> silent.requests().size() >= 2);
            Instant othersPublished = Instant.now();
            other.publish(other.booking("BookingConfirmed", UUID.randomUUID(), "CONFIRMED", START, END));
            await().atMost(Duration.ofSeconds(30)).until(() -> healthy.received().size() == 1);
            long waited = Duration.between(othersPublished, healthy.arrivals().get(0)).toMillis();
            System.out.printf("webhook stall: the other member's delivery arrived %d ms after publishing, while the silent "
                    + "receiver held %d connections%n", waited, silent.mostOpenAtOnce());
            assertTrue(waited < 8_000, "served while the silent receiver's attempts (10 s deadline) were still open: " + waited + " ms");

            String deliveryId = await().atMost(Duration.ofSeconds(40)).until(() -> given().auth().oauth2(stalledAdmin)
                    .get("/webhook-deliveries").then().statusCode(200).extract().<String>path("items.find { it.attemptCount > 0 }.id"),
                    id -> id != null);
            await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().auth().oauth2(stalledAdmin)
                    .get("/webhook-deliveries/" + deliveryId).then().statusCode(200)
                    .body("attempts[0].error", equalTo("timeout")).body("attempts[0].statusCode", equalTo(null)));
            int duration = given().auth().oauth2(stalledAdmin).get("/webhook-deliveries/" + deliveryId).then().extract().path("attempts[0].durationMs");
            assertTrue(duration >= 9_000 && duration < 15_000, "the attempt ended at its 10 s deadline: " + duration + " ms");
            assertTrue(silent.mostOpenAtOnce() <= 2, "at most two deliveries per endpoint at once: " + silent.mostOpenAtOnce());
        }
    }

    private static String register(Scenario s, String url) {
        String admin = TestTokens.token(s.consumer(), s.region(), Roles.MEMBER_ADMIN);
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("url", url, "eventTypes", List.of("BookingConfirmed")))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks").then().statusCode(201);
        return admin;
    }
}
