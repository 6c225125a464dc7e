package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's session through the token endpoint: the password grant opens it (refresh token, {@code sid} claim),
 * the refresh_token grant renews it with rotation (a racing refresh gets the same successor, a replayed old token ends
 * the session), and revocation (RFC 7009) ends it at once, here and on {@code member-events}.
 */
@QuarkusTest
class SessionTokenTest {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private TestCounty county;
    private String email;
    private String password;

    @BeforeEach
    void person() {
        county = new TestCounty(em);
        Response created = given().auth().oauth2(county.token(Roles.MEMBER_ADMIN)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("name", "Bauhofleiter Krause", "email", "krause" + UUID.randomUUID() + "@example.org",
                        "roles", List.of(Roles.WORKS_STAFF)))
                .post("/members/" + county.memberA + "/users");
        created.then().statusCode(201);
        email = created.path("user.email");
        password = created.path("initialPassword");
    }

    @Test
    void thePasswordGrantOpensASessionThatTheRefreshGrantRenewsWithRotation() throws Exception {
        Response signIn = password(email, password);
        signIn.then().statusCode(200).body("refresh_token", notNullValue()).body("expires_in", equalTo(900));
        String sid = claims(signIn.path("access_token")).get("sid").asText();
        String first = signIn.path("refresh_token");
        assertTrue(first.startsWith(sid + "."), "the refresh token names its session");

        Response renewed = refresh(first);
        renewed.then().statusCode(200).header("Cache-Control", "no-store").body("token_type", equalTo("Bearer"));
        String second = renewed.path("refresh_token");
        assertNotEquals(first, second, "the refresh token rotates");
        assertEquals(sid, claims(renewed.path("access_token")).get("sid").asText());
        given().auth().oauth2((String) renewed.path("access_token")).get("/members").then().statusCode(200);

        // a second request that raced with the first one, still carrying the old token: the same successor
        assertEquals(second, refresh(first).path("refresh_token"));
        String third = refresh(second).then().statusCode(200).extract().path("refresh_token");
        assertNotEquals(second, third);

        long idle = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select extract(epoch from idle_expires_at - last_used_at) from user_session where id = ?1")
                .setParameter(1, UUID.fromString(sid)).getSingleResult()).longValue());
        assertEquals(10 * 3600, idle, "each refresh extends the session by the idle timeout");
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select refresh_hash from user_session where id = ?1").setParameter(1, UUID.fromString(sid)).getSingleResult());
        assertTrue(!stored.contains(third.substring(37)), "only a hash of the refresh token is stored");
    }

    @Test
    void aReplayedOldRefreshTokenEndsTheWholeSession() {
        Response signIn = password(email, password);
        String first = signIn.path("refresh_token");
        String second = refresh(first).path("refresh_token");
        String access = refresh(second).path("access_token");
        // first was rotated out two rotations ago: whoever presents it now holds a stolen copy
        refresh(first).then().statusCode(400).body("error", equalTo("invalid_grant"));
        given().auth().oauth2(access).get("/members").then().statusCode(401)
                .body("type", equalTo("urn:problem:revoked-credential"));
        refresh(second).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void theRotatedOutTokenIsAcceptedOnlyWithinTheGrace() {
        String first = password(email, password).path("refresh_token");
        refresh(first).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update user_session set rotated_at = rotated_at - interval '31 seconds' where id = ?1")
                .setParameter(1, UUID.fromString(first.substring(0, 36))).executeUpdate());
        refresh(first).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void revocationEndsTheSessionAtOnceAndAnnouncesIt() throws Exception {
        ConsumerTask<String, String> records = TestInfrastructure.kafkaCompanion().consumeStrings()
                .withGroupId("session-" + UUID.randomUUID()).withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics("member-events");
        try {
            Response signIn = password(email, password);
            String access = signIn.path("access_token");
            String refreshToken = signIn.path("refresh_token");
            String sid = claims(access).get("sid").asText();
            given().auth().oauth2(access).get("/members").then().statusCode(200);

            revoke(refreshToken).then().statusCode(200);

            given().auth().oauth2(access).get("/members").then().statusCode(401)
                    .contentType("application/problem+json").body("type", equalTo("urn:problem:revoked-credential"));
            refresh(refreshToken).then().statusCode(400).body("error", equalTo("invalid_grant"));
            revoke(refreshToken).then().statusCode(200);
            password(email, password).then().statusCode(200);

            long deadline = System.currentTimeMillis() + 60_000;
            JsonNode event = null;
            while (event == null && System.currentTimeMillis() < deadline) {
                for (var r : records.getRecords()) {
                    JsonNode e = json.readTree(r.value());
                    if (("session:" + sid).equals(e.path("subject").asText())) {
                        event = e;
                    }
                }
                Thread.sleep(200);
            }
            assertTrue(event != null, "CredentialRevoked for the session on member-events");
            assertEquals("CredentialRevoked", event.get("eventType").asText());
            assertEquals("SESSION", event.get("kind").asText());
            assertEquals(county.memberA.toString(), event.get("memberId").asText());
        } finally {
            records.stop();
        }
    }

    @Test
    void anAccessTokenOfTheSessionAlsoRevokesItAndGarbageIsAnswered200() {
        Response signIn = password(email, password);
        String access = signIn.path("access_token");
        revoke(access).then().statusCode(200);
        given().auth().oauth2(access).get("/members").then().statusCode(401);
        refresh(signIn.path("refresh_token")).then().statusCode(400).body("error", equalTo("invalid_grant"));

        revoke("not-a-token").then().statusCode(200);
        revoke(UUID.randomUUID() + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").then().statusCode(200);
        given().contentType(ContentType.URLENC).formParam("token_type_hint", "refresh_token").post("/oauth2/revoke")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void anExpiredOrDeactivatedSessionIsNotRenewed() {
        String refreshToken = password(email, password).path("refresh_token");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update user_session set idle_expires_at = now() - interval '1 second' where id = ?1")
                .setParameter(1, UUID.fromString(refreshToken.substring(0, 36))).executeUpdate());
        refresh(refreshToken).then().statusCode(400).body("error", equalTo("invalid_grant"));

        String another = password(email, password).path("refresh_token");
        String userId = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select user_id::text from user_session where id = ?1").setParameter(1, UUID.fromString(another.substring(0, 36)))
                .getSingleResult().toString());
        given().auth().oauth2(county.token(Roles.MEMBER_ADMIN)).post("/members/" + county.memberA + "/users/" + userId + "/deactivate")
                .then().statusCode(200);
        refresh(another).then().statusCode(400).body("error", equalTo("invalid_grant"));
        refresh("garbage").then().statusCode(400).body("error", equalTo("invalid_grant"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token").post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void clientCredentialTokensCarryNoSessionAndNoRefreshToken() throws Exception {
        Map<String, Object> client = county.newClient(county.memberA, Roles.DISPATCHER);
        Response answer = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", client.get("clientId")).formParam("client_secret", client.get("clientSecret"))
                .post("/oauth2/token");
        answer.then().statusCode(200).body("refresh_token", org.hamcrest.Matchers.nullValue());
        assertTrue(claims(answer.path("access_token")).path("sid").isMissingNode());
    }

    private JsonNode claims(String jwt) throws Exception {
        return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static Response password(String username, String password) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", username).formParam("password", password).post("/oauth2/token");
    }

    private static Response refresh(String refreshToken) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refreshToken).post("/oauth2/token");
    }

    private static Response revoke(String token) {
        return given().contentType(ContentType.URLENC).formParam("token", token).post("/oauth2/revoke");
    }
}
