package de.dienstleistungspool.municipality.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Loads the API clients of a member, and a client by its public client id. */
@ApplicationScoped
public class ApiClientRepository implements PanacheRepositoryBase<ApiClient, UUID> {

    public PanacheQuery<ApiClient> ofMember(UUID memberId, Boolean revoked) {
        if (revoked == null) {
            return find("memberId", Sort.by("clientId"), memberId);
        }
        return find("memberId = ?1 and revokedAt is " + (revoked ? "not null" : "null"), Sort.by("clientId"), memberId);
    }

    public Optional<ApiClient> byClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }
}
