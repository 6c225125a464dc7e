package de.dienstleistungspool.testinfra;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Signs bearer tokens for tests with the test key pair whose public half the services trust in the test profile,
 * shaped like those of municipality-service's token endpoint.
 */
public final class TestTokens {

    /** Issuer the services expect, the same as municipality-service's. */
    public static final String ISSUER = "urn:dienstleistungspool:municipality-service";
    /** Audience every service requires, the same as municipality-service's tokens carry. */
    public static final String AUDIENCE = "urn:dienstleistungspool:api";

    private TestTokens() {
    }

    /** A valid one-hour token of a person of the given member and region with the given roles. */
    public static String token(UUID memberId, UUID regionId, String... roles) {
        return claims(memberId, regionId, roles).sign("test-keys/private.pem");
    }

    /** A valid token of an API client of the given member. */
    public static String clientToken(String clientId, UUID memberId, UUID regionId, String... roles) {
        return claims(memberId, regionId, roles).subject(clientId).claim("client_id", clientId).sign("test-keys/private.pem");
    }

    /** A token that expired an hour ago. */
    public static String expired(UUID memberId, UUID regionId, String... roles) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return claims(memberId, regionId, roles).issuedAt(past).expiresAt(past.plus(Duration.ofHours(1)))
                .sign("test-keys/private.pem");
    }

    /** A token with the right shape signed by a key the services do not trust. */
    public static String forged(UUID memberId, UUID regionId, String... roles) {
        return claims(memberId, regionId, roles).sign("test-keys/forger-private.pem");
    }

    private static JwtClaimsBuilder claims(UUID memberId, UUID regionId, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("user-" + UUID.randomUUID())
                .claim("member_id", memberId.toString())
                .claim("region_id", regionId.toString())
                .groups(Set.of(roles))
                .issuedAt(Instant.now())
                .expiresIn(Duration.ofHours(1));
    }

    /**
     * Variants of a valid token that no service may accept, each with the reason as key: the same claims without the
     * audience, for another audience, from another issuer (all signed with the trusted key), unsigned
     * ({@code alg=none}), and HS256 "signed" with the trusted public key as HMAC secret (PEM text and DER bytes), the
     * classic algorithm confusion. The last entry, {@code "control"}, is the same claims correctly signed.
     */
    public static java.util.Map<String, String> refusedVariantsOf(String token) {
        try {
            org.jose4j.jwt.JwtClaims claims = org.jose4j.jwt.JwtClaims.parse(new String(
                    Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
            java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
            out.put("no audience", resign(claims, c -> c.unsetClaim("aud")));
            out.put("another audience", resign(claims, c -> c.setAudience("urn:another-platform:api")));
            out.put("another issuer", resign(claims, c -> c.setIssuer("https://idp.evil.example/")));
            String payload = b64(claims.toJson().getBytes(StandardCharsets.UTF_8));
            out.put("alg none", b64("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + payload + ".");
            byte[] pem;
            try (var in = TestTokens.class.getClassLoader().getResourceAsStream("test-keys/public.pem")) {
                pem = in.readAllBytes();
            }
            String der = new String(pem, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----|\\s", "");
            out.put("HS256 with the public key (PEM)", hs256(payload, pem));
            out.put("HS256 with the public key (DER)", hs256(payload, Base64.getDecoder().decode(der)));
            out.put("control", resign(claims, c -> { }));
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot build token variants", e);
        }
    }

    private static String resign(org.jose4j.jwt.JwtClaims original, java.util.function.Consumer<org.jose4j.jwt.JwtClaims> change)
            throws Exception {
        org.jose4j.jwt.JwtClaims c = org.jose4j.jwt.JwtClaims.parse(original.toJson());
        change.accept(c);
        return Jwt.claims(c.getClaimsMap()).sign("test-keys/private.pem");
    }

    private static String hs256(String payload, byte[] secret) throws Exception {
        String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
        return header + "." + payload + "." + b64(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII)));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
