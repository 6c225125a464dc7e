package de.dienstleistungspool.municipality.rest;

import com.fasterxml.jackson.annotation.JsonView;
import de.dienstleistungspool.municipality.domain.AppUser;
import de.dienstleistungspool.municipality.service.CredentialService;
import de.dienstleistungspool.platform.idempotency.ShownOnce;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A person as its member-admin (or, for a coordinator of a region, the platform operator) sees it; never the password
 * hash.
 */
public record UserView(UUID id, UUID memberId, UUID regionId, String name, String email, List<String> roles, boolean active,
                       Instant createdAt, Instant deactivatedAt) {

    static UserView of(AppUser u) {
        return new UserView(u.id, u.memberId, u.regionId, u.name, u.email, Arrays.asList(u.roles), u.active, u.createdAt, u.deactivatedAt);
    }

    /** A person just created, with the initial password shown only once. */
    public record Issued(UserView user, @JsonView(ShownOnce.class) String initialPassword) {
        static Issued of(CredentialService.IssuedUser issued) {
            return new Issued(UserView.of(issued.user()), issued.initialPassword());
        }
    }
}
