package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The token endpoint end to end: tokens it issues are accepted, revoked credentials are refused, keys rotate. */
@QuarkusTest
class TokenEndpointTest {

    @Inject
    EntityManager em;

    private TestCounty county;

    @BeforeEach
    void county() {
        county = new TestCounty(em);
    }

    @Test
    void clientCredentialsViaBasicGiveAVerifiableTokenWithTheDocumentedClaims() throws Exception {
        Map<String, Object> client = county.newClient(county.memberA, Roles.DISPATCHER, Roles.WORKS_STAFF);
        String clientId = (String) client.get("clientId");
        Response answer = given().auth().preemptive().basic(clientId, (String) client.get("clientSecret"))
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials").post("/oauth2/token");
        answer.then().statusCode(200).header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900));
        String token = answer.path("access_token");

        JsonWebKeySet jwks = new JsonWebKeySet(given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString());
        JwtClaims claims = new JwtConsumerBuilder().setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks.getJsonWebKeys()))
                .setExpectedIssuer("urn:dienstleistungspool:municipality-service").setSkipDefaultAudienceValidation()
                .build().processToClaims(token);
        assertEquals(clientId, claims.getSubject());
        assertEquals(clientId, claims.getClaimValueAsString("client_id"));
        assertEquals(county.memberA.toString(), claims.getClaimValueAsString("member_id"));
        assertEquals(county.region1.toString(), claims.getClaimValueAsString("region_id"));
        assertEquals(List.of(Roles.DISPATCHER, Roles.WORKS_STAFF), claims.getStringListClaimValue("groups"));
        assertEquals(900, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        assertTrue(claims.getJwtId() != null && !claims.getJwtId().isBlank());

        given().auth().oauth2(token).get("/members/" + county.memberA).then().statusCode(200).body("id", equalTo(county.memberA.toString()));
        given().auth().oauth2(token).get("/members/" + county.memberA + "/users").then().statusCode(403);
    }

    @Test
    void clientCredentialsInTheFormWorkAndErrorsFollowRfc6749() {
        Map<String, Object> client = county.newClient(county.memberA, Roles.DISPATCHER);
        form(client.get("clientId"), client.get("clientSecret")).then().statusCode(200);
        form(client.get("clientId"), "wrong").then().statusCode(401).header("WWW-Authenticate", "Basic realm=\"dienstleistungspool\"")
                .body("error", equalTo("invalid_client"));
        form("c-unknown-client", "whatever").then().statusCode(401).body("error", equalTo("invalid_client"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "authorization_code").post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
        given().contentType(ContentType.URLENC).formParam("scope", "x").post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().auth().preemptive().basic((String) client.get("clientId"), (String) client.get("clientSecret"))
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_secret", client.get("clientSecret")).post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("username", "nobody@example.org")
                .formParam("password", "x").post("/oauth2/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void aRevokedClientsTokenIsRejectedAtOnceAndItGetsNoNewOne() {
        Map<String, Object> client = county.newClient(county.memberA, Roles.DISPATCHER);
        String token = form(client.get("clientId"), client.get("clientSecret")).then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).get("/members").then().statusCode(200);

        given().auth().oauth2(county.token(Roles.MEMBER_ADMIN)).contentType(ContentType.JSON)
                .post("/members/" + county.memberA + "/clients/" + client.get("clientId") + "/revoke")
                .then().statusCode(200).body("revokedAt", org.hamcrest.Matchers.notNullValue());

        given().auth().oauth2(token).get("/members").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("urn:problem:revoked-credential"));
        form(client.get("clientId"), client.get("clientSecret")).then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void aPersonGetsATokenByPasswordUntilDeactivated() {
        Response created = given().auth().oauth2(county.token(Roles.MEMBER_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", "Wassermeister Weber", "email", "Weber" + UUID.randomUUID() + "@Example.org",
                        "roles", List.of(Roles.DISPATCHER, Roles.ACCOUNTING)))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/members/" + county.memberA + "/users");
        created.then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith((String) created.path("user.id")));
        String email = created.path("user.email");
        String password = created.path("initialPassword");
        String token = password(email.toUpperCase(java.util.Locale.ROOT), password).then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).get("/regions/" + county.region1 + "/rates/2026").then().statusCode(200);
        password(email, "wrong-password").then().statusCode(400).body("error", equalTo("invalid_grant"));

        given().auth().oauth2(county.token(Roles.MEMBER_ADMIN)).contentType(ContentType.JSON)
                .post("/members/" + county.memberA + "/users/" + created.path("user.id") + "/deactivate")
                .then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(token).get("/regions/" + county.region1 + "/rates/2026").then().statusCode(401);
        password(email, password).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void aDemotedPersonsOldTokenIsRefusedAtOnceAndANewOneCarriesTheNewRoles() throws Exception {
        Response created = given().auth().oauth2(county.token(Roles.MEMBER_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", "Verwaltung Vogt", "email", "vogt" + UUID.randomUUID() + "@example.org",
                        "roles", List.of(Roles.MEMBER_ADMIN, Roles.DISPATCHER)))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/members/" + county.memberA + "/users");
        created.then().statusCode(201);
        String userId = created.path("user.id");
        String email = created.path("user.email");
        String password = created.path("initialPassword");
        String old = password(email, password).then().statusCode(200).extract().path("access_token");
        String ownUsers = "/members/" + county.memberA + "/users";
        given().auth().oauth2(old).get(ownUsers).then().statusCode(200);

        given().auth().oauth2(county.token(Roles.MEMBER_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", "Verwaltung Vogt", "roles", List.of(Roles.DISPATCHER)))
                .put(ownUsers + "/" + userId).then().statusCode(200);

        given().auth().oauth2(old).get(ownUsers).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:problem:revoked-credential"));
        given().auth().oauth2(old).get("/members").then().statusCode(401);
        var announced = de.dienstleistungspool.testinfra.TopicRecords.matching("member-events",
                r -> r.value().contains("\"subject\":\"" + userId + "\"") && r.value().contains("USER_ROLES_CHANGED"),
                1, java.time.Duration.ofSeconds(30));
        assertEquals(1, announced.size());

        Thread.sleep(1_100); // tokens carry whole seconds: one of the second of the change counts as issued before it
        String fresh = password(email, password).then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(fresh).get("/members").then().statusCode(200);
        given().auth().oauth2(fresh).get(ownUsers).then().statusCode(403);
    }

    @Test
    void aClientsExpiryBoundsItsTokensAndAMemberThatLeftGetsNone() {
        UUID member = county.admit(county.region1, "Zweckverband " + UUID.randomUUID());
        Map<String, Object> issued = given().auth().oauth2(county.token(member, Roles.MEMBER_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", "Kurzzeit", "roles", List.of(Roles.DISPATCHER), "expiresAt", Instant.now().plusSeconds(120).toString()))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/members/" + member + "/clients").then().statusCode(201).extract().path("$");
        @SuppressWarnings("unchecked")
        String clientId = (String) ((Map<String, Object>) issued.get("client")).get("clientId");
        form(clientId, issued.get("clientSecret")).then().statusCode(200).body("expires_in", lessThanOrEqualTo(120));

        given().auth().oauth2(county.coordinator()).contentType(ContentType.JSON).post("/members/" + member + "/leave")
                .then().statusCode(200).body("status", equalTo("LEFT"));
        form(clientId, issued.get("clientSecret")).then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void rotationKeepsOldTokensValidAndSignsNewOnesWithTheNewKey() {
        Map<String, Object> client = county.newClient(county.memberA, Roles.DISPATCHER);
        String before = form(client.get("clientId"), client.get("clientSecret")).then().statusCode(200).extract().path("access_token");
        String newKid = given().auth().oauth2(SigningKeyProtectionTest.operatorToken()).post("/signing-keys").then().statusCode(201)
                .body("state", equalTo("CURRENT")).extract().path("kid");
        given().get("/.well-known/jwks.json").then().statusCode(200).body("keys.kid", hasItem(newKid))
                .body("keys.kid", hasItem(kidOf(before))).body("keys[0].d", org.hamcrest.Matchers.nullValue());
        String after = form(client.get("clientId"), client.get("clientSecret")).then().statusCode(200).extract().path("access_token");
        assertEquals(newKid, kidOf(after));
        assertNotEquals(kidOf(before), kidOf(after));
        given().auth().oauth2(before).get("/members").then().statusCode(200);
        given().auth().oauth2(after).get("/members").then().statusCode(200);
    }

    private static Response form(Object clientId, Object secret) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret).post("/oauth2/token");
    }

    private static Response password(String username, String password) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", username).formParam("password", password).post("/oauth2/token");
    }

    private static String kidOf(String token) {
        String header = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        return header.replaceAll(".*\"kid\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }
}
