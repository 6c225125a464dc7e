package de.dienstleistungspool.platform.logging;

import de.dienstleistungspool.platform.security.Caller;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the member a request acts for into the log context ({@code memberId}), so every line logged while the request
 * runs says on whose behalf, and nothing more: the member's id only, never a name, an e-mail address or the token.
 * Quarkus keeps the log context per request, so it never leaks into another request's lines.
 */
public class MemberLogContext {

    /** The log context key; the JSON logs carry it under {@code mdc}, the plain-text format prints it. */
    public static final String MEMBER_ID = "memberId";

    @Inject
    JsonWebToken jwt;

    @ServerRequestFilter(preMatching = false)
    public void enter() {
        MDC.remove(MEMBER_ID);
        if (jwt == null || jwt.getRawToken() == null) {
            return;
        }
        Object claim = jwt.getClaim(Caller.MEMBER_CLAIM);
        if (claim != null) {
            try {
                // only a well-formed id reaches the log: the claim is the caller's text until it parses
                MDC.put(MEMBER_ID, UUID.fromString(claim.toString().replace("\"", "")).toString());
            } catch (IllegalArgumentException e) {
                // not a member id: nothing to log
            }
        }
    }

    @ServerResponseFilter
    public void leave() {
        MDC.remove(MEMBER_ID);
    }
}
