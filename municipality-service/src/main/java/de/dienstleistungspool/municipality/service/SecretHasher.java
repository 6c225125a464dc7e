package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.config.IdentityConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes client secrets and passwords with PBKDF2-HMAC-SHA256 from the JDK (salted, slow), stored as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so the iteration count can grow without invalidating old hashes.
 */
@ApplicationScoped
public class SecretHasher {

    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    IdentityConfig config;

    @Inject
    MeterRegistry metrics;

    private Counter verifications;

    @PostConstruct
    void meters() {
        verifications = Counter.builder("identity_secret_verifications")
                .description("PBKDF2 verifications of presented secrets and passwords (including the equal-time burn for unknown ids)")
                .register(metrics);
    }

    /** A fresh random secret of 32 bytes, URL-safe base64. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hash(String secret) {
        return hash(secret, config.pbkdf2Iterations());
    }

    /** Hashes with an explicit iteration count (used to precompute the demo county's hashes). */
    public static String hash(String secret, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(secret, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Checks a presented secret against its stored hash, counted in {@code identity_secret_verifications_total}. */
    public boolean verify(String secret, String stored) {
        verifications.increment();
        return matches(secret, stored);
    }

    /** Compares in constant time; a malformed stored hash never matches. */
    public static boolean matches(String secret, String stored) {
        if (secret == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(secret, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of one verification, so unknown ids and wrong secrets cannot be told apart by timing. */
    public void burn(String secret) {
        verifications.increment();
        derive(secret == null ? "" : secret, new byte[16], config.pbkdf2Iterations());
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }
}
