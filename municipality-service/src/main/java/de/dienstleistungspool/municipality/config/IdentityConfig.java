package de.dienstleistungspool.municipality.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the token endpoint and of credential hashing ({@code identity.*}). */
@ConfigMapping(prefix = "identity")
public interface IdentityConfig {

    /** The {@code iss} claim of issued tokens; every service verifies it. */
    @WithDefault("urn:dienstleistungspool:municipality-service")
    String issuer();

    /** Lifetime of an access token; also the upper bound for a revocation to take effect everywhere. */
    @WithDefault("PT15M")
    Duration tokenLifetime();

    /** PBKDF2-HMAC-SHA256 iterations for new secret and password hashes (stored hashes keep their own count). */
    @WithDefault("600000")
    int pbkdf2Iterations();

    /** How often an instance reloads the signing keys, so a rotation by another instance is picked up. */
    @WithDefault("PT10S")
    Duration keyRefresh();
}
