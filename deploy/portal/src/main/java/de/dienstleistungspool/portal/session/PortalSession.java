package de.dienstleistungspool.portal.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What the portal keeps of a signed-in person between requests, inside the encrypted session cookie: the tokens of
 * the person's session at the platform and what the pages show about the person (taken from the token when signed in).
 */
public record PortalSession(String sessionId, String accessToken, Instant accessExpiresAt, String refreshToken,
        String email, UUID memberId, UUID regionId, Set<String> roles, String memberName, String regionName,
        Instant signedInAt) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** The access token has to be renewed before it is used: it expires within {@code margin}. */
    public boolean accessTokenExpiresWithin(Duration margin, Instant now) {
        return !now.plus(margin).isBefore(accessExpiresAt);
    }

    /** The same person with renewed tokens (the refresh token rotates with every renewal). */
    public PortalSession renewed(Tokens tokens, Instant now) {
        return new PortalSession(sessionId, tokens.accessToken(), now.plusSeconds(tokens.expiresIn()),
                tokens.refreshToken() == null ? refreshToken : tokens.refreshToken(), email, memberId, regionId, roles,
                memberName, regionName, signedInAt);
    }
}
