package de.dienstleistungspool.municipality.rest;

import de.dienstleistungspool.municipality.service.SigningKeys;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/** Publishes the token verification keys (JWKS) and lets the platform operator rotate the signing key. */
@Path("/")
@Tag(name = "Signing keys")
public class KeyResource {

    @Inject
    SigningKeys keys;

    @GET
    @Path(".well-known/jwks.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public keys that verify this service's tokens: the current key and the previous ones")
    @APIResponse(responseCode = "200", description = "JSON Web Key Set (RFC 7517)")
    public Response jwks() {
        List<JsonWebKey> list = new ArrayList<>();
        keys.published().forEach((kid, key) -> {
            RsaJsonWebKey jwk = new RsaJsonWebKey(key);
            jwk.setKeyId(kid);
            jwk.setAlgorithm("RS256");
            jwk.setUse("sig");
            list.add(jwk);
        });
        return Response.ok(new JsonWebKeySet(list).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY))
                .header("Cache-Control", "max-age=60").build();
    }

    @POST
    @Path("signing-keys")
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rotate: a new key signs from now on; the old one stays in the JWKS until its tokens have expired,"
            + " or, with ?emergency=true, every older key is withdrawn at once and its tokens are refused everywhere within seconds")
    @APIResponse(responseCode = "201", description = "The new current key", content = @Content(schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "400", description = "A body other than none or {}: this call takes no parameters")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not the platform operator (a county's coordinator is not)")
    public Response rotate(@QueryParam("emergency") @DefaultValue("false") boolean emergency, @Context UriInfo uri, String body) {
        // a rotation has no body: a body that says something is a mistaken call, not a request to rotate
        if (body != null && !body.isBlank() && !body.strip().matches("\\{\\s*}")) {
            throw ProblemException.badRequest("unexpected-body", "POST /signing-keys takes no body (or {}); nothing was rotated");
        }
        var fresh = keys.rotate(emergency);
        return Response.created(uri.getBaseUriBuilder().path(".well-known/jwks.json").build())
                .entity(new KeyView(fresh.kid, fresh.state.name(), fresh.createdAt)).build();
    }

    /** A signing key's public facts. */
    public record KeyView(String kid, String state, Instant createdAt) {
    }
}
