package de.dienstleistungspool.municipality.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.dienstleistungspool.municipality.service.TokenError;
import de.dienstleistungspool.municipality.service.TokenService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * OAuth 2.0 token endpoint (RFC 6749): client credentials for API clients, and the resource-owner password grant
 * for people, which is demo-grade (a production county lets people sign in at its own OIDC provider instead).
 */
@Path("/oauth2/token")
@Tag(name = "Tokens")
@PermitAll
public class TokenResource {

    @Inject
    TokenService tokens;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an access token (RS256 JWT, 15 minutes). grant_type=client_credentials with the client id "
            + "and secret via HTTP Basic or the form fields client_id/client_secret; grant_type=password with "
            + "username (e-mail) and password, demo-grade. Errors here follow RFC 6749 section 5.2 "
            + "({\"error\":\"invalid_client\",\"error_description\":...}), not problem+json.")
    @APIResponse(responseCode = "200", description = "access_token, token_type Bearer, expires_in (seconds)")
    @APIResponse(responseCode = "400", description = "RFC 6749 error: invalid_request, invalid_grant or unsupported_grant_type")
    @APIResponse(responseCode = "401", description = "RFC 6749 error invalid_client: unknown, wrong secret, revoked or expired")
    public Response token(MultivaluedMap<String, String> form, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String grantType = form.getFirst("grant_type");
        if (grantType == null || grantType.isBlank()) {
            throw TokenError.invalidRequest("grant_type is required");
        }
        TokenService.Issued issued = switch (grantType) {
            case "client_credentials" -> clientCredentials(form, authorization);
            case "password" -> tokens.forUser(required(form, "username"), required(form, "password"));
            default -> throw TokenError.unsupportedGrantType(grantType);
        };
        return noStore(Response.ok(new TokenAnswer(issued.accessToken(), "Bearer", issued.expiresIn()))).build();
    }

    private TokenService.Issued clientCredentials(MultivaluedMap<String, String> form, String authorization) {
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (basic && form.getFirst("client_secret") != null) {
            throw TokenError.invalidRequest("Authenticate the client either with HTTP Basic or with form fields, not both");
        }
        if (basic) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw TokenError.invalidClient("The Basic credentials are not valid base64");
            }
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                throw TokenError.invalidClient("The Basic credentials must be client_id:client_secret");
            }
            return tokens.forClient(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
        }
        String clientId = form.getFirst("client_id");
        String secret = form.getFirst("client_secret");
        if (clientId == null || secret == null) {
            throw TokenError.invalidClient("Client authentication is required (HTTP Basic or client_id and client_secret)");
        }
        return tokens.forClient(clientId, secret);
    }

    private static String required(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        if (value == null || value.isEmpty()) {
            throw TokenError.invalidRequest(field + " is required");
        }
        return value;
    }

    private static Response.ResponseBuilder noStore(Response.ResponseBuilder builder) {
        return builder.header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }

    @ServerExceptionMapper
    public Response tokenError(TokenError e, HttpHeaders headers) {
        Response.ResponseBuilder answer = Response.status(e.status()).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorAnswer(e.error(), e.getMessage()));
        if (e.status() == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dienstleistungspool\"");
        }
        return noStore(answer).build();
    }

    /** Successful token response (RFC 6749 section 5.1). */
    public record TokenAnswer(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
                              @JsonProperty("expires_in") long expiresIn) {
    }

    /** Error response (RFC 6749 section 5.2). */
    public record ErrorAnswer(String error, @JsonProperty("error_description") String errorDescription) {
    }
}
