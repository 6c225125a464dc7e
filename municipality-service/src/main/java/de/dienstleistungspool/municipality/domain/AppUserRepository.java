package de.dienstleistungspool.municipality.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Loads the people of a member, a region's coordinators, and a person by login e-mail. */
@ApplicationScoped
public class AppUserRepository implements PanacheRepositoryBase<AppUser, UUID> {

    public PanacheQuery<AppUser> ofMember(UUID memberId, Boolean active) {
        return active == null ? find("memberId", Sort.by("email"), memberId)
                : find("memberId = ?1 and active = ?2", Sort.by("email"), memberId, active);
    }

    /** The region's coordinators who act for no member (those created with the region or added by the operator). */
    public java.util.List<AppUser> coordinatorsOf(UUID regionId) {
        return list("regionId = ?1 and memberId is null", Sort.by("email"), regionId);
    }

    public Optional<AppUser> byEmail(String email) {
        return find("email", email.toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
    }
}
