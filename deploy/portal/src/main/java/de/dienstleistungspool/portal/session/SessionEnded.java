package de.dienstleistungspool.portal.session;

/** The person's session at the platform is over (signed out, expired, revoked): the person must sign in again. */
public class SessionEnded extends RuntimeException {

    public SessionEnded(String message) {
        super(message);
    }
}
