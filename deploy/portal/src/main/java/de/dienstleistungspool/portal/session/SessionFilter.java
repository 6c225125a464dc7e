package de.dienstleistungspool.portal.session;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Opens the session cookie of every page request, renews the access token shortly before it expires (the refresh
 * token rotates, so the cookie is rewritten), and sends anybody who is not signed in to the sign-in page.
 */
public class SessionFilter {

    @Inject
    SessionCookie cookies;

    @Inject
    TokenExchange exchange;

    @Inject
    CurrentPerson person;

    @ServerRequestFilter
    public Response openSession(ContainerRequestContext request, SimpleResourceInfo resource, HttpServerRequest http) {
        String address = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        person.address(address);
        Cookie cookie = request.getCookies().get(cookies.name());
        PortalSession session = cookie == null ? null : cookies.open(cookie.getValue()).orElse(null);
        if (session != null && session.accessTokenExpiresWithin(cookies.renewBefore(), Instant.now())) {
            try {
                session = session.renewed(exchange.refresh(session.refreshToken(), address), Instant.now());
                person.replace(session);
            } catch (SessionEnded e) {
                person.end();
                session = null;
            }
        } else if (session != null) {
            person.found(session, address);
        }
        boolean isPublic = resource != null && resource.getResourceClass().isAnnotationPresent(PublicPage.class);
        if (session == null && !isPublic) {
            if (cookie != null) {
                person.end();
            }
            return SignInRedirect.to(request);
        }
        return null;
    }

    @ServerResponseFilter
    public void writeSession(ContainerResponseContext response) {
        if (person.changed() && person.signedIn()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookies.cookie(person.session()));
        } else if (person.ended()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookies.removal());
        }
    }
}
