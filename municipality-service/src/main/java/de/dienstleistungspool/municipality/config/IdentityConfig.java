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

    /** The {@code aud} claim of issued tokens; every service requires it ({@code mp.jwt.verify.audiences}). */
    @WithDefault("urn:dienstleistungspool:api")
    String audience();

    /** Lifetime of an access token; also the upper bound for a revocation to take effect everywhere. */
    @WithDefault("PT15M")
    Duration tokenLifetime();

    /** PBKDF2-HMAC-SHA256 iterations for new secret and password hashes (stored hashes keep their own count). */
    @WithDefault("600000")
    int pbkdf2Iterations();

    /** How often an instance reloads the signing keys, so a rotation by another instance is picked up. */
    @WithDefault("PT2S")
    Duration keyRefresh();

    /**
     * Whether people may sign in with the resource-owner password grant; a county whose people sign in at its own
     * identity provider switches it off and keeps the endpoint for API clients.
     */
    @WithDefault("true")
    boolean passwordGrantEnabled();

    /** Limits on failed token requests ({@code identity.throttle.*}). */
    Throttle throttle();

    /**
     * How many failed token requests a client id or username, and a source address, may make per window, and how many
     * of their verifications may run at once.
     */
    interface Throttle {

        /** Failed attempts per client id or username within {@link #idWindow()}; the next ones get 429. */
        @WithDefault("10")
        int maxFailuresPerId();

        @WithDefault("PT15M")
        Duration idWindow();

        /** Failed attempts per source address (an IPv6 address counts by its /64) within {@link #addressWindow()}. */
        @WithDefault("20")
        int maxFailuresPerAddress();

        @WithDefault("PT1M")
        Duration addressWindow();

        /** Verifications running at once per client id or username in one instance; more get 429 at once. */
        @WithDefault("2")
        int maxConcurrentPerId();

        /** Verifications running at once per source address in one instance. */
        @WithDefault("8")
        int maxConcurrentPerAddress();
    }

    /**
     * The AES-256 key (base64 of 32 bytes) that encrypts the signing keys' private halves in the database; it comes
     * from the environment (a Kubernetes Secret), never from the database, and has no default.
     */
    String keyEncryptionKey();

    /** The platform operator: the one API client that may rotate the signing key, defined here, not by a county. */
    Operator operator();

    /** The platform operator's client credentials. */
    interface Operator {

        /** Its client id. */
        @WithDefault("platform-operator")
        String clientId();

        /** Its secret's PBKDF2 hash (as {@code SecretHasher} writes it); without one there is no operator client. */
        java.util.Optional<String> secretHash();
    }
}
