package de.dienstleistungspool.municipality.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Loads the depots of members. */
@ApplicationScoped
public class DepotRepository implements PanacheRepositoryBase<Depot, UUID> {

    public List<Depot> ofMember(UUID memberId) {
        return list("memberId", Sort.by("name"), memberId);
    }
}
