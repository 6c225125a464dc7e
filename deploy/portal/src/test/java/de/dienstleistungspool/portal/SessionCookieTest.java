package de.dienstleistungspool.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.portal.session.PortalSession;
import de.dienstleistungspool.portal.session.SessionCookie;
import de.dienstleistungspool.portal.session.SessionSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The session cookie keeps the tokens secret and unchangeable: only the same key opens it, any change breaks it. */
class SessionCookieTest {

    private static final PortalSession SESSION = new PortalSession(UUID.randomUUID().toString(), "header.claims.sig",
            Instant.now().truncatedTo(ChronoUnit.SECONDS), UUID.randomUUID() + ".secret", "dispatcher@wanfried.demo",
            UUID.randomUUID(), UUID.randomUUID(), Set.of("dispatcher"), "Stadt Wanfried", "Werra-Meißner-Kreis",
            Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @Test
    void aSealedSessionOpensWithTheSameKeyAndHidesTheTokens() {
        SessionCookie cookie = new SessionCookie(settings(key(1)));
        String sealed = cookie.seal(SESSION);
        assertFalse(sealed.contains("dispatcher"), "the cookie does not show its content");
        assertFalse(new String(Base64.getUrlDecoder().decode(sealed), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("secret"), "not even base64-decoded");
        assertEquals(SESSION, cookie.open(sealed).orElseThrow());
        assertTrue(!sealed.equals(cookie.seal(SESSION)), "every sealing uses a fresh nonce");
    }

    @Test
    void anAlteredCookieOrAnotherKeyOpensNothing() {
        String sealed = new SessionCookie(settings(key(1))).seal(SESSION);
        SessionCookie same = new SessionCookie(settings(key(1)));
        char[] chars = sealed.toCharArray();
        chars[chars.length / 2] = chars[chars.length / 2] == 'A' ? 'B' : 'A';
        assertTrue(same.open(new String(chars)).isEmpty(), "one changed character");
        assertTrue(same.open(sealed.substring(0, sealed.length() - 2)).isEmpty(), "cut short");
        assertTrue(same.open("not base64 !").isEmpty());
        assertTrue(same.open("").isEmpty());
        assertTrue(new SessionCookie(settings(key(2))).open(sealed).isEmpty(), "another key");
    }

    private static String key(int fill) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) fill);
        return Base64.getEncoder().encodeToString(k);
    }

    /** The settings as the configuration would give them (a proxy: a class implementing the mapping would confuse Quarkus). */
    private static SessionSettings settings(String key) {
        return (SessionSettings) java.lang.reflect.Proxy.newProxyInstance(SessionSettings.class.getClassLoader(),
                new Class<?>[] {SessionSettings.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "encryptionKey" -> key;
                    case "cookieName" -> "dlp_session";
                    case "secureCookie" -> true;
                    case "cookieMaxAge" -> Duration.ofHours(16);
                    case "renewBefore" -> Duration.ofSeconds(60);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
