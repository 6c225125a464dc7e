package de.dienstleistungspool.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.notification.support.Scenario;
import de.dienstleistungspool.notification.support.WebhookReceiver;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The Standard Webhooks conventions and the limits around them: 410 Gone switches the endpoint off, 429 with
 * Retry-After is honoured, failures are shown as categories, and a member has at most ten endpoints, also when it
 * registers twenty at once.
 */
@QuarkusTest
class WebhookConventionsTest {

    private static final Instant START = Instant.parse("2026-10-05T05:00:00Z");
    private static final Instant END = Instant.parse("2026-10-05T15:00:00Z");

    @Inject
    EntityManager em;

    @Test
    void goneSwitchesTheEndpointOffAndNothingMoreIsSent() throws Exception {
        Scenario s = Scenario.create(em);
        try (WebhookReceiver gone = new WebhookReceiver(410)) {
            String admin = TestTokens.token(s.consumer(), s.region(), Roles.MEMBER_ADMIN);
            String endpoint = register(admin, gone.url());
            s.publish(s.booking("BookingConfirmed", UUID.randomUUID(), "CONFIRMED", START, END));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin).get("/webhooks/" + endpoint)
                    .then().statusCode(200).body("active", equalTo(false)));
            given().auth().oauth2(admin).get("/webhook-deliveries").then().statusCode(200)
                    .body("items[0].status", equalTo("FAILED")).body("items[0].attemptCount", equalTo(1));
            s.publish(s.booking("BookingConfirmed", UUID.randomUUID(), "CONFIRMED", START, END));
            Thread.sleep(3_000);
            assertEquals(1, gone.received().size(), "a switched-off endpoint gets nothing more");
        }
    }

    @Test
    void tooManyRequestsWithRetryAfterIsHonoured() throws Exception {
        Scenario s = Scenario.create(em);
        try (WebhookReceiver busy = new WebhookReceiver("3", 429, 204)) {
            String admin = TestTokens.token(s.consumer(), s.region(), Roles.MEMBER_ADMIN);
            register(admin, busy.url());
            s.publish(s.booking("BookingConfirmed", UUID.randomUUID(), "CONFIRMED", START, END));
            await().atMost(Duration.ofSeconds(30)).until(() -> busy.received().size() == 2);
            long gap = Duration.between(busy.arrivals().get(0), busy.arrivals().get(1)).toMillis();
            assertTrue(gap >= 2_900, "the retry waited for Retry-After (3 s), not the 0.2 s backoff: " + gap + " ms");
        }
    }

    @Test
    void failuresAreShownAsCategoriesWithoutInternalText() throws Exception {
        Scenario s = Scenario.create(em);
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        String admin = TestTokens.token(s.consumer(), s.region(), Roles.MEMBER_ADMIN);
        register(admin, "http://127.0.0.1:" + closedPort + "/hook");
        s.publish(s.booking("BookingConfirmed", UUID.randomUUID(), "CONFIRMED", START, END));
        String delivery = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(admin).get("/webhook-deliveries")
                .then().extract().<String>path("items.find { it.attemptCount > 0 }.id"), id -> id != null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin).get("/webhook-deliveries/" + delivery)
                .then().statusCode(200).body("attempts[0].error", equalTo("refused")));
    }

    @Test
    void twentyConcurrentRegistrationsLeaveTenEndpoints() throws Exception {
        Scenario s = Scenario.create(em);
        String admin = TestTokens.token(s.consumer(), s.region(), Roles.MEMBER_ADMIN);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            answers.add(pool.submit(() -> {
                start.await();
                return given().auth().oauth2(admin).contentType("application/json")
                        .body(Map.of("url", "https://127.0.0.1:9/hook-" + n, "eventTypes", List.of("BookingConfirmed")))
                        .header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks").statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertEquals(10, statuses.stream().filter(st -> st == 201).count(), statuses.toString());
        assertEquals(10, statuses.stream().filter(st -> st == 409).count(), statuses.toString());
        assertEquals(10L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from webhook_endpoint where member_id = ?1").setParameter(1, s.consumer()).getSingleResult()).longValue()));
    }

    private static String register(String admin, String url) {
        return given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("url", url, "eventTypes", List.of("BookingConfirmed")))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks")
                .then().statusCode(201).extract().path("webhook.id");
    }
}
