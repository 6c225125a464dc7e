package de.dienstleistungspool.platform.security;

import de.dienstleistungspool.platform.problem.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request whose bearer token belongs to a revoked API client or user, or to a person's session that was
 * ended (claim {@code sid}), even while the token is unexpired.
 */
public class RevocationFilter {

    @Inject
    JsonWebToken jwt;

    @Inject
    RevokedCredentials revoked;

    @ServerRequestFilter
    public Response refuseRevoked(ContainerRequestContext request) {
        if (jwt == null || jwt.getRawToken() == null) {
            return null;
        }
        Object client = jwt.getClaim(Caller.CLIENT_CLAIM);
        Object session = jwt.getClaim(Caller.SESSION_CLAIM);
        if (revoked.isRevoked(jwt.getSubject()) || (client != null && revoked.isRevoked(client.toString()))
                || (session != null && revoked.isRevoked(RevokedCredentials.sessionSubject(session.toString())))) {
            return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .entity(Problem.of("revoked-credential", "Unauthenticated", 401,
                            "The credential that obtained this token has been revoked", request.getUriInfo().getPath()))
                    .build();
        }
        return null;
    }
}
