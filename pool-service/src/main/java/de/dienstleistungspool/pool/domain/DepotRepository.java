package de.dienstleistungspool.pool.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores the members' depots. */
@ApplicationScoped
public class DepotRepository implements PanacheRepositoryBase<Depot, UUID> {

    /** The member's main depot: the first by name (the one searches start from by default). */
    public Optional<Depot> mainDepotOf(UUID memberId) {
        return find("memberId", Sort.by("name").and("depotId"), memberId).firstResultOptional();
    }

    public Optional<Depot> findOf(UUID memberId, UUID depotId) {
        return find("memberId = ?1 and depotId = ?2", memberId, depotId).firstResultOptional();
    }

    public void replaceAll(UUID memberId, List<Depot> depots) {
        delete("memberId", memberId);
        getEntityManager().flush();
        persist(depots);
    }
}
