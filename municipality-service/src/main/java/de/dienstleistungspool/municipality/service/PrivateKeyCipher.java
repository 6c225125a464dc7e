package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.config.IdentityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the token signing keys' private halves before they reach the database (AES-256-GCM with the key id as
 * associated data), with a key-encryption key that comes from configuration (a Kubernetes Secret, the Compose
 * environment) and never from the database: a copy of the {@code signing_key} table alone cannot sign a token.
 *
 * <p>Stored form: {@code aes256gcm:<base64 IV>:<base64 ciphertext and tag>}.
 */
@ApplicationScoped
public class PrivateKeyCipher {

    static final String PREFIX = "aes256gcm:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    IdentityConfig config;

    private volatile SecretKey key;

    /** Encrypts a PKCS#8 private key of the given key id. */
    public String encrypt(String kid, byte[] pkcs8) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, kid);
            Base64.Encoder b64 = Base64.getEncoder();
            return PREFIX + b64.encodeToString(iv) + ":" + b64.encodeToString(cipher.doFinal(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt the private key of " + kid, e);
        }
    }

    /** Decrypts what {@link #encrypt} stored for the key id; fails if it was altered, moved or the key is wrong. */
    public byte[] decrypt(String kid, String stored) {
        if (!isEncrypted(stored)) {
            throw new IllegalStateException("The private key of " + kid + " is not encrypted");
        }
        String[] parts = stored.substring(PREFIX.length()).split(":", 2);
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return cipher(Cipher.DECRYPT_MODE, b64.decode(parts[0]), kid).doFinal(b64.decode(parts[1]));
        } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("The private key of " + kid + " does not decrypt with the configured"
                    + " identity.key-encryption-key", e);
        }
    }

    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    private Cipher cipher(int mode, byte[] iv, String kid) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private SecretKey key() {
        SecretKey k = key;
        if (k == null) {
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(config.keyEncryptionKey().trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("identity.key-encryption-key is not base64", e);
            }
            if (raw.length != 32) {
                throw new IllegalStateException("identity.key-encryption-key must be 32 bytes (256 bits) in base64,"
                        + " e.g. from: openssl rand -base64 32");
            }
            k = new SecretKeySpec(raw, "AES");
            key = k;
        }
        return k;
    }
}
