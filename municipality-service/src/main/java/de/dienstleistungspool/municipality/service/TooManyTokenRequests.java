package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.platform.problem.ProblemException;

/** A token request refused because its client id, username or source address failed too often: 429 with Retry-After. */
public class TooManyTokenRequests extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyTokenRequests(long retryAfterSeconds) {
        super(429, "too-many-token-requests", "Too many failed token requests",
                "Too many failed attempts for this client id or username, or from this address; try again in "
                        + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
