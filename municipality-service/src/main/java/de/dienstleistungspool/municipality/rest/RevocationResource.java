package de.dienstleistungspool.municipality.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.dienstleistungspool.municipality.service.RefreshTokens;
import de.dienstleistungspool.municipality.service.SessionService;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * OAuth 2.0 token revocation (RFC 7009): a person's refresh token, or an access token of the session, ends that
 * session at once (sign-out); the holder of the token is the one who may end it.
 */
@Path("/oauth2/revoke")
@Tag(name = "Tokens")
@PermitAll
public class RevocationResource {

    @Inject
    SessionService sessions;

    @Inject
    JWTParser parser;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Revoke a session (RFC 7009): token = a refresh token, or an access token carrying a sid. The "
            + "session ends at once here (its refresh token and access tokens are refused) and within seconds in the "
            + "other services (CredentialRevoked on member-events). Unknown or invalid tokens are answered 200 too.")
    @APIResponse(responseCode = "200", description = "The session is ended (or the token was not valid anyway)")
    @APIResponse(responseCode = "400", description = "RFC 6749 error invalid_request: no token given")
    public Response revoke(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = RevocationForm.class))) MultivaluedMap<String, String> form) {
        String token = form.getFirst("token");
        if (token == null || token.isBlank()) {
            return Response.status(400).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                    .entity(new TokenResource.ErrorAnswer("invalid_request", "token is required")).build();
        }
        if (RefreshTokens.parse(token).isPresent()) {
            sessions.revokeRefreshToken(token);
        } else {
            revokeAccessToken(token);
        }
        return Response.ok().header("Cache-Control", "no-store").build();
    }

    private void revokeAccessToken(String token) {
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException e) {
            return;
        }
        Object sid = jwt.getClaim("sid");
        if (sid == null) {
            return;
        }
        try {
            sessions.revokeSession(UUID.fromString(sid.toString().replace("\"", "")), jwt.getSubject());
        } catch (IllegalArgumentException e) {
            // a sid that is no session id names no session
        }
    }

    /** The form fields of a revocation request (RFC 7009 section 2.1), as the OpenAPI document declares them. */
    public record RevocationForm(
            @Schema(required = true, description = "A refresh token, or an access token carrying a sid") String token,
            @Schema(description = "Optional hint (refresh_token or access_token); the token is recognised without it")
            @JsonProperty("token_type_hint") String tokenTypeHint) {
    }
}
