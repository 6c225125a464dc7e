package de.dienstleistungspool.notification.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Creates webhook secrets and signs deliveries exactly as the Standard Webhooks specification says: HMAC-SHA256 with
 * the secret's key over {@code <webhook-id>.<webhook-timestamp>.<body>}, each signature written {@code v1,<base64>},
 * several (one per valid secret, during a rotation) separated by single spaces.
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

    /** The value of the {@code Webhook-Signature} header: one {@code v1,<base64>} per secret, the current one first. */
    public static String signatures(List<String> secrets, String id, long timestampSeconds, String body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("A delivery needs at least one secret to be signed with");
        }
        String content = id + "." + timestampSeconds + "." + body;
        return secrets.stream().map(secret -> "v1," + Base64.getEncoder().encodeToString(hmac(secret, content)))
                .collect(Collectors.joining(" "));
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
