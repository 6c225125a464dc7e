package de.dienstleistungspool.portal.session;

/** A service of the platform could not be reached; the page says so instead of failing with a stack trace. */
public class PlatformUnavailable extends RuntimeException {

    public PlatformUnavailable(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
