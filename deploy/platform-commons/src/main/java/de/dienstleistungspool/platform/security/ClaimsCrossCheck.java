package de.dienstleistungspool.platform.security;

import de.dienstleistungspool.platform.problem.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a token whose {@code member_id} the service's member directory knows in another region than the token's
 * {@code region_id}, or as a member that has left: a signature proves who issued the claims, not that they are still
 * true. A member the directory does not know yet (it joined seconds ago) passes; the roles are kept true by revoking
 * a person's tokens when they change ({@link RevocationFilter}).
 */
public class ClaimsCrossCheck {

    @Inject
    JsonWebToken jwt;

    @Inject
    KnownMembers members;

    @ServerRequestFilter
    public Response refuseContradictedClaims(ContainerRequestContext request) {
        if (jwt == null || jwt.getRawToken() == null || !members.enabled()) {
            return null;
        }
        UUID memberId = uuid(jwt.getClaim(Caller.MEMBER_CLAIM));
        MemberDirectoryView.Known known = members.find(memberId);
        if (known == null) {
            return null;
        }
        String contradiction = !known.active() ? "member " + memberId + " has left the pool"
                : known.regionId() != null && !known.regionId().equals(uuid(jwt.getClaim(Caller.REGION_CLAIM)))
                        ? "member " + memberId + " does not belong to the token's region" : null;
        if (contradiction == null) {
            return null;
        }
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .entity(Problem.of("contradicted-claims", "Unauthenticated", 401,
                        "The token's claims contradict the member directory: " + contradiction,
                        request.getUriInfo().getPath()))
                .build();
    }

    private static UUID uuid(Object claim) {
        if (claim == null) {
            return null;
        }
        try {
            return UUID.fromString(claim.toString().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
