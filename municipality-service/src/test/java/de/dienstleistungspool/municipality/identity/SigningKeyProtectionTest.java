package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token signing keys are protected: their private halves are stored encrypted (not a PEM, not a PKCS#8) with a
 * key from configuration, only the platform operator may rotate them (a county's coordinator may not), and an
 * emergency rotation withdraws every older key at once and announces it on {@code member-events}.
 */
@QuarkusTest
class SigningKeyProtectionTest {

    static final String OPERATOR_SECRET = "operator-secret";

    @Inject
    EntityManager em;

    private TestCounty county;

    @BeforeEach
    void county() {
        county = new TestCounty(em);
    }

    @Test
    void storedPrivateKeysAreNeitherPemNorPkcs8AndDecryptOnlyWithTheConfiguredKey() throws Exception {
        byte[] configured = Base64.getDecoder().decode(ConfigProvider.getConfig()
                .getValue("identity.key-encryption-key", String.class));
        byte[] other = new byte[32];
        new SecureRandom().nextBytes(other);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kid, public_key, private_key from signing_key").getResultList();
        assertFalse(rows.isEmpty());
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        for (Object[] row : rows) {
            String kid = (String) row[0];
            String stored = (String) row[2];
            assertFalse(stored.contains("BEGIN") || stored.contains("PRIVATE KEY"), "no PEM: " + kid);
            assertTrue(stored.startsWith("aes256gcm:"), kid + " is stored as " + stored.substring(0, 12));
            String[] parts = stored.split(":");
            byte[] iv = Base64.getDecoder().decode(parts[1]);
            byte[] sealed = Base64.getDecoder().decode(parts[2]);
            assertThrows(GeneralSecurityException.class, () -> rsa.generatePrivate(new PKCS8EncodedKeySpec(sealed)),
                    "the stored bytes are not a PKCS#8 key");

            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(open(configured, iv, kid, sealed)));
            RSAPublicKey published = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode((String) row[1])));
            assertEquals(published.getModulus(), key.getModulus(), "decrypts to the private half of " + kid);
            assertThrows(AEADBadTagException.class, () -> open(other, iv, kid, sealed), "another key cannot decrypt it");
            assertThrows(AEADBadTagException.class, () -> open(configured, iv, kid + "x", sealed),
                    "nor can it be moved to another key id");
        }
    }

    @Test
    void aCoordinatorsRotationIsRefusedAndChangesNothingTheOperatorsSucceeds() {
        String kid = currentKid();
        given().auth().oauth2(county.coordinator()).queryParam("emergency", true).post("/signing-keys").then()
                .statusCode(403).contentType("application/problem+json");
        assertEquals(kid, currentKid(), "no rotation happened");

        String operator = operatorToken();
        given().auth().oauth2(operator).get("/members").then().statusCode(403);
        String fresh = given().auth().oauth2(operator).post("/signing-keys").then()
                .statusCode(201).body("state", equalTo("CURRENT")).extract().path("kid");
        assertEquals(fresh, currentKid());
    }

    @Test
    void anEmergencyRotationWithdrawsEveryOlderKeyAtOnceAndAnnouncesIt() {
        Map<String, Object> client = county.newClient(county.memberA, Roles.DISPATCHER);
        String before = clientToken(client);
        String oldKid = kidOf(before);
        given().auth().oauth2(before).get("/members").then().statusCode(200);

        String newKid = given().auth().oauth2(operatorToken()).queryParam("emergency", true).post("/signing-keys")
                .then().statusCode(201).extract().path("kid");

        given().auth().oauth2(before).get("/members").then().statusCode(401).contentType("application/problem+json");
        given().get("/.well-known/jwks.json").then().statusCode(200).body("keys.kid", not(hasItem(oldKid)))
                .body("keys.kid", equalTo(List.of(newKid)));
        String after = clientToken(client);
        assertEquals(newKid, kidOf(after));
        given().auth().oauth2(after).get("/members").then().statusCode(200);
        var announced = TopicRecords.matching("member-events",
                r -> r.value().contains("\"subject\":\"signing-key:" + oldKid + "\""), 1, Duration.ofSeconds(30));
        assertTrue(announced.get(0).value().contains("\"kind\":\"SIGNING_KEY\""), announced.get(0).value());
    }

    @Test
    void ownTokensWithoutTheAudienceOrFromAnotherIssuerAreRefusedEvenWithTheRealKey() throws Exception {
        byte[] kek = Base64.getDecoder().decode(ConfigProvider.getConfig().getValue("identity.key-encryption-key", String.class));
        Object[] row = (Object[]) em.createNativeQuery("select kid, private_key from signing_key where state = 'CURRENT'")
                .getSingleResult();
        String kid = (String) row[0];
        String[] parts = ((String) row[1]).split(":");
        java.security.PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                open(kek, Base64.getDecoder().decode(parts[1]), kid, Base64.getDecoder().decode(parts[2]))));
        Map<String, Map<String, Object>> variants = Map.of(
                "genuine", Map.of("iss", "urn:dienstleistungspool:municipality-service", "aud", "urn:dienstleistungspool:api"),
                "no audience", Map.of("iss", "urn:dienstleistungspool:municipality-service"),
                "another audience", Map.of("iss", "urn:dienstleistungspool:municipality-service", "aud", "urn:elsewhere"),
                "another issuer", Map.of("iss", "https://idp.evil.example/", "aud", "urn:dienstleistungspool:api"));
        variants.forEach((what, claims) -> {
            org.jose4j.jwt.JwtClaims c = new org.jose4j.jwt.JwtClaims();
            claims.forEach(c::setClaim);
            c.setSubject("probe-" + what);
            c.setClaim("member_id", county.memberA.toString());
            c.setClaim("region_id", county.region1.toString());
            c.setStringListClaim("groups", Roles.DISPATCHER);
            c.setIssuedAtToNow();
            c.setExpirationTimeMinutesInTheFuture(5);
            org.jose4j.jws.JsonWebSignature jws = new org.jose4j.jws.JsonWebSignature();
            jws.setPayload(c.toJson());
            jws.setKey(key);
            jws.setKeyIdHeaderValue(kid);
            jws.setAlgorithmHeaderValue("RS256");
            String token;
            try {
                token = jws.getCompactSerialization();
            } catch (org.jose4j.lang.JoseException e) {
                throw new IllegalStateException(e);
            }
            assertEquals(what.equals("genuine") ? 200 : 401, given().auth().oauth2(token).get("/members").statusCode(), what);
        });
    }

    static String operatorToken() {
        return given().auth().preemptive().basic("platform-operator", OPERATOR_SECRET).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post("/oauth2/token").then().statusCode(200)
                .body("access_token", org.hamcrest.Matchers.notNullValue()).extract().path("access_token");
    }

    private static String clientToken(Map<String, Object> client) {
        return given().auth().preemptive().basic((String) client.get("clientId"), (String) client.get("clientSecret"))
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials").post("/oauth2/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private String currentKid() {
        return (String) em.createNativeQuery("select kid from signing_key where state = 'CURRENT'").getSingleResult();
    }

    private static byte[] open(byte[] key, byte[] iv, String kid, byte[] sealed) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(sealed);
    }

    static String kidOf(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        return header.replaceAll(".*\"kid\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }
}
