package de.dienstleistungspool.portal.session;

import java.util.OptionalLong;

/** The platform refused a sign-in: wrong credentials, or too many attempts (then with the seconds to wait). */
public class SignInRefused extends RuntimeException {

    private final OptionalLong retryAfterSeconds;

    public SignInRefused(String message, OptionalLong retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Present when the platform throttles the attempts (HTTP 429 with Retry-After). */
    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
