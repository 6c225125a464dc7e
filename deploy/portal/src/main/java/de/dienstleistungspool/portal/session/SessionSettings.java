package de.dienstleistungspool.portal.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the portal keeps a person signed in ({@code portal.session.*}). */
@ConfigMapping(prefix = "portal.session")
public interface SessionSettings {

    /**
     * The AES-256 key (32 bytes, base64) that encrypts the session cookie; every replica of the portal needs the
     * same key. Changing it signs everybody out.
     */
    String encryptionKey();

    @WithDefault("dlp_session")
    String cookieName();

    /** Send the cookie only over HTTPS; only a plain-http localhost stack turns this off. */
    @WithDefault("true")
    boolean secureCookie();

    /** How long the browser keeps the cookie: the longest a session lasts at the platform (a working day). */
    @WithDefault("PT16H")
    Duration cookieMaxAge();

    /** Renew the access token when it expires within this margin, so a service call never carries a stale one. */
    @WithDefault("PT60S")
    Duration renewBefore();
}
