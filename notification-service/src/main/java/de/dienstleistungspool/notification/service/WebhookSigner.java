package de.dienstleistungspool.notification.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Creates webhook secrets and signs deliveries the Standard Webhooks way: HMAC-SHA256 with the secret's key over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, sent as {@code Webhook-Signature: v1=<base64>}.
 */
public final class WebhookSigner {

    /** Prefix of every secret; the rest is the base64 of the 32-byte HMAC key. */
    public static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigner() {
    }

    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The value of the {@code Webhook-Signature} header. */
    public static String signature(String secret, String id, long timestampSeconds, String body) {
        return "v1=" + Base64.getEncoder().encodeToString(hmac(secret, id + "." + timestampSeconds + "." + body));
    }

    private static byte[] hmac(String secret, String content) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
