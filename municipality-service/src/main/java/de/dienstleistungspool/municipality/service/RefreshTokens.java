package de.dienstleistungspool.municipality.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The refresh token format {@code <session id>.<secret>}: a new session gets 32 random bytes, and each rotation
 * derives the successor from the presented secret (HMAC-SHA256), so a refresh racing with another one using the same
 * token can be handed the same successor although the database keeps nothing but SHA-256 hashes.
 */
public final class RefreshTokens {

    private static final byte[] ROTATION = "dienstleistungspool refresh token rotation".getBytes(StandardCharsets.US_ASCII);

    /** A refresh token split into the session it belongs to and its secret part. */
    public record Parsed(UUID sessionId, String secret) {
    }

    private RefreshTokens() {
    }

    public static String format(UUID sessionId, String secret) {
        return sessionId + "." + secret;
    }

    /** The parts of a well-formed refresh token, or empty for anything else (an access token, garbage). */
    public static Optional<Parsed> parse(String token) {
        if (token == null || token.length() < 40 || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot != 36 || token.indexOf('.', dot + 1) >= 0) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(token.substring(0, dot));
            String secret = token.substring(dot + 1);
            Base64.getUrlDecoder().decode(secret);
            return Optional.of(new Parsed(id, secret));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The secret that replaces {@code secret} at its rotation; the same input always gives the same successor. */
    public static String successor(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(secret), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(ROTATION));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** What the database keeps of a secret: its SHA-256, hex (the secret has 256 random bits, no salt needed). */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Compares a presented secret with a stored hash in constant time; a missing hash never matches. */
    public static boolean matches(String secret, String storedHash) {
        return storedHash != null && MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
