package de.dienstleistungspool.portal.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** municipality-service's OAuth 2.0 endpoints as the portal calls them (no bearer token: these are public). */
@RegisterRestClient(configKey = "municipality")
@Path("/oauth2")
public interface TokenEndpoint {

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response token(@FormParam("grant_type") String grantType, @FormParam("username") String username,
            @FormParam("password") String password, @FormParam("refresh_token") String refreshToken,
            @HeaderParam("X-Forwarded-For") String forwardedFor);

    @POST
    @Path("/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response revoke(@FormParam("token") String token, @FormParam("token_type_hint") String hint);

    /** RFC 6749 section 5.1 answer. */
    record Answer(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("refresh_token") String refreshToken) {
    }
}
