package de.dienstleistungspool.municipality.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Loads and filters the members of a region. */
@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    /** Members of a region, optionally filtered by status, kind and a name fragment, sorted by name. */
    public PanacheQuery<Member> search(UUID regionId, MemberStatus status, MemberKind kind, String nameContains) {
        StringBuilder q = new StringBuilder("regionId = :region");
        Parameters p = Parameters.with("region", regionId);
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            q.append(" and lower(name) like :name");
            p.and("name", "%" + nameContains.toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return find(q.toString(), Sort.by("name"), p);
    }
}
