package de.dienstleistungspool.testinfra;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Signs bearer tokens for tests with the test key pair whose public half the services trust in the test profile,
 * shaped like those of municipality-service's token endpoint.
 */
public final class TestTokens {

    /** Issuer the services expect, the same as municipality-service's. */
    public static final String ISSUER = "urn:dienstleistungspool:municipality-service";

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
                .subject("user-" + UUID.randomUUID())
                .claim("member_id", memberId.toString())
                .claim("region_id", regionId.toString())
                .groups(Set.of(roles))
                .issuedAt(Instant.now())
                .expiresIn(Duration.ofHours(1));
    }
}
