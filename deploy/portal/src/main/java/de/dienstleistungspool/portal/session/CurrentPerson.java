package de.dienstleistungspool.portal.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The person this request is made for (or nobody), as the session filter found them; pages read it, the REST
 * clients take the access token from it, and the response filter writes the cookie back when it changed.
 */
@RequestScoped
@Named("person")
public class CurrentPerson {

    private PortalSession session;
    private boolean changed;
    private boolean ended;
    private String clientAddress;

    /** The session read from the cookie at the start of the request. */
    void found(PortalSession s, String address) {
        this.session = s;
        this.clientAddress = address;
    }

    /** A new or renewed session: the response carries a new cookie. */
    public void replace(PortalSession s) {
        this.session = s;
        this.changed = true;
        this.ended = false;
    }

    /** The session is over (sign-out, or the platform refused it): the response removes the cookie. */
    public void end() {
        this.session = null;
        this.ended = true;
        this.changed = false;
    }

    public boolean signedIn() {
        return session != null;
    }

    public PortalSession session() {
        if (session == null) {
            throw new SessionEnded("Nobody is signed in");
        }
        return session;
    }

    public Optional<PortalSession> maybe() {
        return Optional.ofNullable(session);
    }

    public boolean hasRole(String role) {
        return session != null && session.hasRole(role);
    }

    /** The bearer token for service calls. */
    public String accessToken() {
        return session().accessToken();
    }

    public String email() {
        return session == null ? "" : session.email();
    }

    public String memberName() {
        return session == null ? "" : session.memberName();
    }

    public String regionName() {
        return session == null ? "" : session.regionName();
    }

    public String clientAddress() {
        return clientAddress;
    }

    void address(String address) {
        this.clientAddress = address;
    }

    boolean changed() {
        return changed;
    }

    boolean ended() {
        return ended;
    }
}
