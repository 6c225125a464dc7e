package de.dienstleistungspool.pool.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Loads and stores offers; every lookup is confined to one region so ids never leak across counties. */
@ApplicationScoped
public class OfferRepository implements PanacheRepositoryBase<Offer, UUID> {

    public Optional<Offer> findInRegion(UUID id, UUID regionId) {
        return find("id = ?1 and regionId = ?2", id, regionId).firstResultOptional();
    }

    /** The offer locked for change, so concurrent edits, blackouts and retirements of one offer serialise. */
    public Optional<Offer> lockInRegion(UUID id, UUID regionId) {
        return find("id = ?1 and regionId = ?2", id, regionId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Offers of a region filtered by the given optional criteria, newest title order for stable paging. */
    public PanacheQuery<Offer> listInRegion(UUID regionId, OfferKind kind, String category, OfferStatus status,
                                            UUID ownerMemberId) {
        StringBuilder q = new StringBuilder("regionId = :region");
        Parameters p = Parameters.with("region", regionId);
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        if (category != null) {
            q.append(" and category = :category");
            p.and("category", category);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        if (ownerMemberId != null) {
            q.append(" and ownerMemberId = :owner");
            p.and("owner", ownerMemberId);
        }
        return find(q.toString(), Sort.by("title").and("id"), p);
    }

    public List<Offer> listByIds(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** A member's offers that are not retired, locked for change like {@link #lockInRegion}. */
    public List<Offer> lockActiveOf(UUID ownerMemberId) {
        return find("ownerMemberId = ?1 and status <> ?2", ownerMemberId, OfferStatus.RETIRED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
