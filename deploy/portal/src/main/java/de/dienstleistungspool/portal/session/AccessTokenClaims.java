package de.dienstleistungspool.portal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The claims of an access token the portal has just received from the token endpoint over its own connection
 * (so it reads them without checking the signature; the services check it on every call). {@code memberId} is null
 * for a region's coordinator who acts for no member.
 */
public record AccessTokenClaims(String sessionId, String email, UUID memberId, UUID regionId, Set<String> roles) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static AccessTokenClaims of(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalStateException("The token endpoint answered something that is not a JWT");
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            Set<String> roles = new LinkedHashSet<>();
            claims.path("groups").forEach(g -> roles.add(g.asText()));
            UUID member = claims.hasNonNull("member_id") ? UUID.fromString(claims.path("member_id").asText()) : null;
            return new AccessTokenClaims(claims.path("sid").asText(null), claims.path("upn").asText(""), member,
                    UUID.fromString(claims.path("region_id").asText()), Set.copyOf(roles));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the claims of the access token", e);
        }
    }
}
