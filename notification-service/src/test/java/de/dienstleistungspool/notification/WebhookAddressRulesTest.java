package de.dienstleistungspool.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.notification.support.Scenario;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Webhooks under the production rules (no receivers on this machine): internal addresses and the platform's own hosts
 * are refused at registration, and again before every connection for endpoints that got past registration (stored
 * earlier, or whose name points somewhere else now), without a connection being opened.
 */
@QuarkusTest
@TestProfile(WebhookAddressRulesTest.ProductionRules.class)
class WebhookAddressRulesTest {

    /** The service as production runs it: no exception for receivers on this machine. */
    public static class ProductionRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.webhooks.allow-insecure-localhost", "false");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void internalAddressesAndPlatformHostsAreRefusedAtRegistration() throws Exception {
        Scenario s = Scenario.create(em);
        String admin = TestTokens.token(s.consumer(), s.region(), Roles.MEMBER_ADMIN);
        List<String> refused = List.of("https://127.0.0.1:1/", "https://10.0.0.1/", "https://" + loopbackName() + ":1/hook",
                "https://localhost/hook", "https://[::1]/", "https://169.254.169.254/latest/meta-data", "https://[fd00::1]/",
                "https://[fe80::1]/", "https://224.0.0.1/", "https://0.0.0.0/", "https://[::ffff:10.0.0.1]/", "https://100.64.0.1/",
                "https://172.16.5.4/", "https://192.168.1.1/", "https://municipality-service:8081/", "https://kafka.svc.cluster.local/",
                "http://127.0.0.1:8084/hook");
        for (String url : refused) {
            given().auth().oauth2(admin).contentType("application/json").body(Map.of("url", url, "eventTypes", List.of("BookingConfirmed")))
                    .header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks").then().statusCode(422).body("type", equalTo("urn:problem:webhook-url"))
                    .body("detail", containsString(url.startsWith("http:") ? "https" : ""));
        }
        assertEquals(0L, endpointsOf(s.consumer()), "no refused URL was stored");
    }

    @Test
    void anEndpointThatPointsInsideIsRefusedAtDeliveryWithoutConnecting() throws Exception {
        Scenario s = Scenario.create(em);
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> {
                while (!listener.isClosed()) {
                    try {
                        listener.accept().close();
                        connections.incrementAndGet();
                    } catch (Exception closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            int port = listener.getLocalPort();
            // as if registered before these rules, or while the name still pointed to a public address
            List<String> urls = List.of("https://127.0.0.1:" + port + "/hook", "https://10.0.0.1/hook",
                    "https://" + loopbackName() + ":" + port + "/hook");
            for (String url : urls) {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into webhook_endpoint "
                                + "(id, member_id, url, event_types, secret, active) values (?1, ?2, ?3, array['BookingConfirmed'], ?4, true)")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, s.consumer()).setParameter(3, url)
                        .setParameter(4, "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32])).executeUpdate());
            }
            s.publish(s.booking("BookingConfirmed", UUID.randomUUID(), "CONFIRMED",
                    Instant.parse("2026-10-05T05:00:00Z"), Instant.parse("2026-10-05T15:00:00Z")));
            String admin = TestTokens.token(s.consumer(), s.region(), Roles.MEMBER_ADMIN);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin).get("/webhook-deliveries")
                    .then().statusCode(200).body("items.findAll { it.attemptCount > 0 }.size()", equalTo(3)));
            for (String id : given().auth().oauth2(admin).get("/webhook-deliveries").then().extract().<List<String>>path("items.id")) {
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(admin).get("/webhook-deliveries/" + id)
                        .then().statusCode(200).body("attempts[0].error", equalTo("address not allowed"))
                        .body("attempts[0].statusCode", equalTo(null)));
            }
            assertEquals(0, connections.get(), "no connection was opened to the refused addresses");
        }
    }

    /** A name other than "localhost" that resolves only to loopback here (the machine's own name), else "localhost". */
    private static String loopbackName() throws Exception {
        String own = InetAddress.getLocalHost().getHostName().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(InetAddress.getAllByName(own)).allMatch(InetAddress::isLoopbackAddress) ? own : "localhost";
    }

    private long endpointsOf(UUID member) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from webhook_endpoint where member_id = ?1").setParameter(1, member).getSingleResult()).longValue());
    }
}
