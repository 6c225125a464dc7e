package de.dienstleistungspool.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: no or bad tokens get 401, wrong roles 403, another member's webhooks, deliveries, preferences
 * and notifications are invisible (404); bad input is a 4xx problem+json and writes nothing.
 */
@QuarkusTest
class AuthorizationAndInputTest {

    private static final UUID REGION = UUID.fromString("00000000-0000-4000-a000-000000000001");
    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager em;

    private final UUID member = UUID.randomUUID();
    private final UUID otherMember = UUID.randomUUID();
    private final String admin = TestTokens.token(member, REGION, Roles.MEMBER_ADMIN);
    private final String otherAdmin = TestTokens.token(otherMember, REGION, Roles.MEMBER_ADMIN);

    @Test
    void tokensAndRolesAreEnforcedOnEveryEndpoint() {
        for (String path : List.of("/notifications", "/notification-preferences", "/webhooks", "/webhook-deliveries")) {
            given().when().get(path).then().statusCode(401).contentType(containsString(PROBLEM));
            given().auth().oauth2(TestTokens.expired(member, REGION, Roles.MEMBER_ADMIN)).when().get(path).then().statusCode(401);
            given().auth().oauth2(TestTokens.forged(member, REGION, Roles.MEMBER_ADMIN)).when().get(path).then().statusCode(401);
        }
        String dispatcher = TestTokens.token(member, REGION, Roles.DISPATCHER);
        given().auth().oauth2(dispatcher).when().get("/notifications").then().statusCode(200);
        for (String path : List.of("/notification-preferences", "/webhooks", "/webhook-deliveries")) {
            given().auth().oauth2(dispatcher).when().get(path).then().statusCode(403).contentType(containsString(PROBLEM));
        }
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body(Map.of("url", "https://127.0.0.1:9/hook", "eventTypes", List.of("BookingConfirmed")))
                .when().header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks").then().statusCode(403);
        given().auth().oauth2(dispatcher).contentType("application/json").body(Map.of("email", false, "roles", List.of()))
                .when().put("/notification-preferences/BookingConfirmed").then().statusCode(403);
    }

    @Test
    void aCredentialRevokedOnMemberEventsIsRefusedHere() {
        String clientId = "test-client-" + UUID.randomUUID();
        String token = TestTokens.clientToken(clientId, member, REGION, Roles.DISPATCHER);
        given().auth().oauth2(token).get("/notifications").then().statusCode(200);
        de.dienstleistungspool.notification.support.Events.send("member-events", member.toString(),
                de.dienstleistungspool.notification.support.Events.example("municipality-service", "CredentialRevoked",
                        Map.of("memberId", member, "subject", clientId, "kind", "API_CLIENT")));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).get("/notifications").then().statusCode(401).contentType(containsString(PROBLEM)));
    }

    @Test
    void anotherMembersResourcesAreInvisible() {
        String webhook = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("url", "https://127.0.0.1:9/hook", "eventTypes", List.of("BookingConfirmed")))
                .when().header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks").then().statusCode(201).extract().path("webhook.id");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("email", false, "roles", List.of()))
                .when().put("/notification-preferences/BookingConfirmed").then().statusCode(200);
        UUID delivery = UUID.randomUUID();
        UUID notification = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into webhook_delivery (id, endpoint_id, member_id, event_id, event_type, payload, status, give_up_at) "
                    + "values (?1, ?2, ?3, ?4, 'BookingConfirmed', '{}', 'FAILED', now())")
                    .setParameter(1, delivery).setParameter(2, UUID.fromString(webhook)).setParameter(3, member)
                    .setParameter(4, UUID.randomUUID()).executeUpdate();
            em.createNativeQuery("insert into notification (id, member_id, event_id, event_type, recipients, subject, body, status) "
                    + "values (?1, ?2, ?3, 'BookingConfirmed', '{}', 'Betreff', 'Text', 'NO_RECIPIENT')")
                    .setParameter(1, notification).setParameter(2, member).setParameter(3, UUID.randomUUID()).executeUpdate();
        });

        given().auth().oauth2(otherAdmin).get("/webhooks/" + webhook).then().statusCode(404).contentType(containsString(PROBLEM));
        given().auth().oauth2(otherAdmin).contentType("application/json")
                .body(Map.of("url", "https://127.0.0.1:9/evil", "eventTypes", List.of("BookingConfirmed")))
                .put("/webhooks/" + webhook).then().statusCode(404);
        given().auth().oauth2(otherAdmin).post("/webhooks/" + webhook + "/secret").then().statusCode(404);
        given().auth().oauth2(otherAdmin).delete("/webhooks/" + webhook).then().statusCode(404);
        given().auth().oauth2(otherAdmin).get("/webhooks").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(otherAdmin).get("/webhook-deliveries/" + delivery).then().statusCode(404);
        given().auth().oauth2(otherAdmin).post("/webhook-deliveries/" + delivery + "/resend").then().statusCode(404);
        given().auth().oauth2(otherAdmin).get("/webhook-deliveries").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(otherAdmin).get("/notifications/" + notification).then().statusCode(404);
        given().auth().oauth2(otherAdmin).get("/notifications").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(otherAdmin).get("/notification-preferences").then().statusCode(200)
                .body("find { it.eventType == 'BookingConfirmed' }.email", equalTo(true));

        given().auth().oauth2(admin).get("/webhook-deliveries/" + delivery).then().statusCode(200);
        given().auth().oauth2(admin).get("/notifications").then().statusCode(200).body("total", equalTo(1))
                .body("page", equalTo(0)).body("size", equalTo(20));
        given().auth().oauth2(admin).delete("/webhooks/" + webhook).then().statusCode(204);
        given().auth().oauth2(admin).get("/webhooks/" + webhook).then().statusCode(404);
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        long endpointsBefore = endpoints();
        badWebhook(Map.of("url", "http://leitwarte.example/hook", "eventTypes", List.of("BookingConfirmed")), 422, "https");
        badWebhook(Map.of("url", "ftp://127.0.0.1/hook", "eventTypes", List.of("BookingConfirmed")), 422, "https");
        badWebhook(Map.of("url", "https://user:pw@leitwarte.example/hook", "eventTypes", List.of("BookingConfirmed")), 422, "user info");
        badWebhook(Map.of("url", "not a url", "eventTypes", List.of("BookingConfirmed")), 422, "URL");
        badWebhook(Map.of("url", "https://127.0.0.1:9/hook", "eventTypes", List.of("BookingExploded")), 422, "Unknown event type");
        badWebhook(Map.of("url", "https://127.0.0.1:9/hook", "eventTypes", List.of()), 400, "eventTypes");
        badWebhook(Map.of("eventTypes", List.of("BookingConfirmed")), 400, "url");
        badWebhook(Map.of("url", 42, "eventTypes", "BookingConfirmed"), 400, "eventTypes");
        assertEquals(endpointsBefore, endpoints(), "no refused request wrote an endpoint");

        json(admin).body(Map.of("email", true, "roles", List.of("janitor"))).put("/notification-preferences/BookingConfirmed")
                .then().statusCode(400).contentType(containsString(PROBLEM)).body("detail", containsString("roles"));
        json(admin).body(Map.of("email", true, "roles", List.of(), "addresses", List.of("kein-mail"))).put("/notification-preferences/BookingConfirmed")
                .then().statusCode(400).body("detail", containsString("addresses"));
        json(admin).body(Map.of("email", true, "roles", List.of())).put("/notification-preferences/BookingExploded")
                .then().statusCode(404).contentType(containsString(PROBLEM)).body("detail", containsString("BookingExploded"));
        json(admin).body("{\"email\": \"maybe\", \"roles\": []}").put("/notification-preferences/BookingConfirmed")
                .then().statusCode(400).contentType(containsString(PROBLEM));
        given().auth().oauth2(admin).get("/notification-preferences").then().statusCode(200)
                .body("find { it.eventType == 'BookingConfirmed' }.custom", equalTo(false));

        given().auth().oauth2(admin).get("/notifications?size=0").then().statusCode(400).contentType(containsString(PROBLEM));
        given().auth().oauth2(admin).get("/notifications?page=-1").then().statusCode(400);
        given().auth().oauth2(admin).get("/notifications?status=LOST").then().statusCode(400);
        given().auth().oauth2(admin).get("/notifications/not-a-uuid").then().statusCode(400).contentType(containsString(PROBLEM))
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("id"));
        given().auth().oauth2(admin).get("/webhook-deliveries?status=MAYBE").then().statusCode(400);
        given().auth().oauth2(admin).post("/webhook-deliveries/" + UUID.randomUUID() + "/resend").then().statusCode(404);
    }

    private void badWebhook(Map<String, ?> body, int status, String detail) {
        json(admin).body(body).header("Idempotency-Key", UUID.randomUUID().toString()).post("/webhooks").then().statusCode(status)
                .contentType(containsString(PROBLEM)).body("status", equalTo(status)).body("detail", containsString(detail));
    }

    private RequestSpecification json(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private long endpoints() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from webhook_endpoint").getSingleResult()).longValue());
    }
}
