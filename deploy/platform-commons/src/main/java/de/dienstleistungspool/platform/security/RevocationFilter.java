package de.dienstleistungspool.platform.security;

import de.dienstleistungspool.platform.problem.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * Refuses a request whose bearer token was issued before its API client or user was revoked (or the person's roles
 * changed), belongs to a person's session that was ended (claim {@code sid}), or was signed with a key withdrawn in an
 * emergency rotation, even while the token is unexpired. It runs on every request, so a token served from
 * {@link CachingJwtParser}'s cache is refused as promptly as a new one.
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
        long issuedAt = jwt.getIssuedAtTime();
        String kid = keyIdOf(jwt.getRawToken());
        if (revoked.refuses(jwt.getSubject(), issuedAt)
                || (client != null && revoked.refuses(client.toString(), issuedAt))
                || (session != null && revoked.isRevoked(RevokedCredentials.sessionSubject(session.toString())))
                || (kid != null && revoked.refuses(RevokedCredentials.signingKeySubject(kid), issuedAt))) {
            return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .entity(Problem.of("revoked-credential", "Unauthenticated", 401,
                            "The credential that obtained this token has been revoked", request.getUriInfo().getPath()))
                    .build();
        }
        return null;
    }

    /** The {@code kid} header of a compact JWS, or null. */
    static String keyIdOf(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            Map<String, Object> header = JsonUtil.parseJson(
                    new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8));
            return header.get("kid") instanceof String kid ? kid : null;
        } catch (RuntimeException | JoseException e) {
            return null;
        }
    }
}
