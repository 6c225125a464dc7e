package de.dienstleistungspool.portal.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a {@link PortalSession} into the session cookie with AES-256-GCM (random 96-bit nonce, the cookie name as
 * associated data), so the browser holds it but can neither read the tokens nor change anything without the key.
 */
@ApplicationScoped
public class SessionCookie {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SessionSettings settings;
    private final SecretKey key;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public SessionCookie(SessionSettings settings) {
        this.settings = settings;
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(settings.encryptionKey().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("portal.session.encryption-key is not base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("portal.session.encryption-key must be 32 bytes (base64), not " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public String seal(PortalSession session) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(settings.cookieName().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(session));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot seal the session", e);
        }
    }

    /** The session in a cookie value, or empty if it is missing, altered, sealed with another key or unreadable. */
    public Optional<PortalSession> open(String value) {
        if (value == null || value.isEmpty() || value.length() > 8000) {
            return Optional.empty();
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(value);
            if (in.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(settings.cookieName().getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return Optional.of(json.readValue(plain, PortalSession.class));
        } catch (IllegalArgumentException | GeneralSecurityException | IOException e) {
            return Optional.empty();
        }
    }

    /** The cookie carrying a session: HttpOnly, SameSite=Lax, Secure unless turned off for plain-http localhost. */
    public NewCookie cookie(PortalSession session) {
        return build(seal(session), (int) settings.cookieMaxAge().toSeconds());
    }

    /** The cookie that removes the session from the browser. */
    public NewCookie removal() {
        return build("", 0);
    }

    /** How long before its expiry the access token in the cookie is renewed. */
    public java.time.Duration renewBefore() {
        return settings.renewBefore();
    }

    public String name() {
        return settings.cookieName();
    }

    private NewCookie build(String value, int maxAge) {
        return new NewCookie.Builder(settings.cookieName()).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure(settings.secureCookie()).sameSite(NewCookie.SameSite.LAX).build();
    }
}
