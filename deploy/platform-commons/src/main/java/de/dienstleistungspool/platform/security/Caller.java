package de.dienstleistungspool.platform.security;

import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the member, region and roles taken from the verified bearer token of the current request.
 */
@RequestScoped
public class Caller {

    /** Claim holding the member the token acts for. */
    public static final String MEMBER_CLAIM = "member_id";
    /** Claim holding the member's region (county). */
    public static final String REGION_CLAIM = "region_id";
    /** Claim naming the API client that obtained the token, absent for people. */
    public static final String CLIENT_CLAIM = "client_id";
    /** Claim naming the signed-in session of a person (absent for API clients); ended sessions are revoked. */
    public static final String SESSION_CLAIM = "sid";

    @Inject
    JsonWebToken jwt;

    public UUID memberId() {
        return uuidClaim(MEMBER_CLAIM).orElseThrow(() -> ProblemException.forbidden("The token names no member"));
    }

    /** The member the token acts for, or empty for a token that names none. */
    public Optional<UUID> optionalMemberId() {
        return uuidClaim(MEMBER_CLAIM);
    }

    public UUID regionId() {
        return uuidClaim(REGION_CLAIM).orElseThrow(() -> ProblemException.forbidden("The token names no region"));
    }

    /** The region the token acts in, or empty for a token that names none (the platform operator's). */
    public Optional<UUID> optionalRegionId() {
        return uuidClaim(REGION_CLAIM);
    }

    /** The subject: a user id or an API client id. */
    public String subject() {
        return jwt.getSubject();
    }

    /** The name the token gives the caller: a person's e-mail address or an API client's id. */
    public String name() {
        return jwt.getName();
    }

    public Optional<String> clientId() {
        return Optional.ofNullable(jwt.getClaim(CLIENT_CLAIM)).map(Object::toString);
    }

    public Set<String> roles() {
        return jwt.getGroups() == null ? Set.of() : jwt.getGroups();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public boolean isMember(UUID memberId) {
        return memberId != null && memberId.equals(uuidClaim(MEMBER_CLAIM).orElse(null));
    }

    public boolean isCoordinatorOf(UUID regionId) {
        return hasRole(Roles.COORDINATOR) && regionId != null && regionId.equals(uuidClaim(REGION_CLAIM).orElse(null));
    }

    private Optional<UUID> uuidClaim(String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
