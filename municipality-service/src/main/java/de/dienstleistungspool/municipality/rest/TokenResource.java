package de.dienstleistungspool.municipality.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import de.dienstleistungspool.municipality.config.IdentityConfig;
import de.dienstleistungspool.municipality.service.TokenError;
import de.dienstleistungspool.municipality.service.SessionService;
import de.dienstleistungspool.municipality.service.TokenService;
import de.dienstleistungspool.municipality.service.TokenThrottle;
import de.dienstleistungspool.municipality.service.TooManyTokenRequests;
import de.dienstleistungspool.platform.problem.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * OAuth 2.0 token endpoint (RFC 6749): client credentials for API clients, and the resource-owner password grant
 * for people, which is demo-grade (a production county lets people sign in at its own OIDC provider instead). Every
 * credential check first passes {@link TokenThrottle}, which counts failures per id and per source address.
 */
@Path("/oauth2/token")
@Tag(name = "Tokens")
@PermitAll
public class TokenResource {

    @Inject
    TokenService tokens;

    @Inject
    TokenThrottle throttle;

    @Inject
    IdentityConfig config;

    @Inject
    SessionService sessions;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an access token (RS256 JWT, 15 minutes). grant_type=client_credentials with the client id "
            + "and secret via HTTP Basic or the form fields client_id/client_secret; grant_type=password with "
            + "username (e-mail) and password, demo-grade, which opens a session and also returns a refresh_token; "
            + "grant_type=refresh_token with refresh_token renews it (the refresh token rotates). Errors here follow RFC 6749 section 5.2 "
            + "({\"error\":\"invalid_client\",\"error_description\":...}), not problem+json.")
    @APIResponse(responseCode = "200", description = "access_token, token_type Bearer, expires_in (seconds); refresh_token for people",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenAnswer.class)))
    @APIResponse(responseCode = "400", description = "RFC 6749 error: invalid_request, invalid_grant or unsupported_grant_type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    @APIResponse(responseCode = "401", description = "RFC 6749 error invalid_client: unknown, wrong secret, revoked or expired",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorAnswer.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts for this client id or username, or from "
            + "this address (problem+json, Retry-After in seconds)")
    public Response token(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                                  schema = @Schema(implementation = TokenForm.class))) MultivaluedMap<String, String> form,
                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @Context HttpServerRequest request) {
        String grantType = form.getFirst("grant_type");
        if (grantType == null || grantType.isBlank()) {
            throw TokenError.invalidRequest("grant_type is required");
        }
        String address = sourceAddress(request);
        TokenService.Issued issued = switch (grantType) {
            case "client_credentials" -> {
                ClientCredentials client = clientCredentials(form, authorization);
                yield throttled(TokenThrottle.clientKey(client.id()), address, () -> tokens.forClient(client.id(), client.secret()));
            }
            case "password" -> {
                if (!config.passwordGrantEnabled()) {
                    throw TokenError.unsupportedGrantType("password",
                            "the password grant is switched off here; sign in at the county's identity provider");
                }
                String username = required(form, "username");
                String password = required(form, "password");
                yield throttled(TokenThrottle.userKey(username), address, () -> tokens.forUser(username, password));
            }
            case "refresh_token" -> sessions.refresh(required(form, "refresh_token"));
            default -> throw TokenError.unsupportedGrantType(grantType);
        };
        return noStore(Response.ok(new TokenAnswer(issued.accessToken(), "Bearer", issued.expiresIn(), issued.refreshToken())))
                .build();
    }

    /** Checks the credentials only if the throttle admits the attempt; a success hands the reservation back. */
    private TokenService.Issued throttled(String idKey, String address, Supplier<TokenService.Issued> check) {
        TokenThrottle.Attempt attempt = throttle.admit(idKey, address);
        try {
            TokenService.Issued issued = check.get();
            throttle.succeeded(attempt);
            return issued;
        } finally {
            throttle.finished(attempt);
        }
    }

    /** The caller's address: the peer, or the first X-Forwarded-For entry when the peer is a trusted proxy (Quarkus). */
    private static String sourceAddress(HttpServerRequest request) {
        var peer = request.remoteAddress();
        return peer == null ? null : peer.hostAddress() != null ? peer.hostAddress() : peer.host();
    }

    private record ClientCredentials(String id, String secret) {
    }

    /** The client id and secret, from HTTP Basic or from the form. */
    private static ClientCredentials clientCredentials(MultivaluedMap<String, String> form, String authorization) {
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
            return new ClientCredentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
        }
        String clientId = form.getFirst("client_id");
        String secret = form.getFirst("client_secret");
        if (clientId == null || secret == null) {
            throw TokenError.invalidClient("Client authentication is required (HTTP Basic or client_id and client_secret)");
        }
        return new ClientCredentials(clientId, secret);
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

    @ServerExceptionMapper
    public Response throttled(TooManyTokenRequests e, UriInfo uri) {
        return noStore(Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
                .entity(Problem.of(e.slug(), e.title(), 429, e.getMessage(), uri.getPath()))).build();
    }

    /** The form fields of a token request (RFC 6749 sections 4.4, 4.3 and 6), as the OpenAPI document declares them. */
    public record TokenForm(
            @Schema(required = true, enumeration = {"client_credentials", "password", "refresh_token"})
            @JsonProperty("grant_type") String grantType,
            @Schema(description = "client_credentials: the API client's id, unless sent with HTTP Basic")
            @JsonProperty("client_id") String clientId,
            @Schema(description = "client_credentials: the API client's secret, unless sent with HTTP Basic")
            @JsonProperty("client_secret") String clientSecret,
            @Schema(description = "password: the person's e-mail address") String username,
            @Schema(description = "password: the person's password") String password,
            @Schema(description = "refresh_token: the refresh token of the session")
            @JsonProperty("refresh_token") String refreshToken) {
    }

    /** Successful token response (RFC 6749 section 5.1); a refresh token only for a person's session. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TokenAnswer(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
                              @JsonProperty("expires_in") long expiresIn, @JsonProperty("refresh_token") String refreshToken) {
    }

    /** Error response (RFC 6749 section 5.2). */
    public record ErrorAnswer(String error, @JsonProperty("error_description") String errorDescription) {
    }
}
