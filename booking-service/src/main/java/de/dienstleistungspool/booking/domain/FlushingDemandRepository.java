package de.dienstleistungspool.booking.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores the members' flushing demands; one per member, year and sector (unique constraint {@code flushing_demand_once}). */
@Singleton
public class FlushingDemandRepository implements PanacheRepositoryBase<FlushingDemand, UUID> {

    /** The constraint that allows one demand per member, year and sector. */
    public static final String ONCE = "flushing_demand_once";

    public Optional<FlushingDemand> ofMember(UUID memberId, int year, Sector sector) {
        return find("memberId = ?1 and year = ?2 and sector = ?3", memberId, year, sector).firstResultOptional();
    }

    /** The region's demands (of one member, year and sector, where given), newest year first. */
    public PanacheQuery<FlushingDemand> matching(UUID regionId, UUID memberId, Integer year, Sector sector) {
        StringBuilder q = new StringBuilder("regionId = :region");
        Parameters p = Parameters.with("region", regionId);
        if (memberId != null) {
            q.append(" and memberId = :member");
            p = p.and("member", memberId);
        }
        if (year != null) {
            q.append(" and year = :year");
            p = p.and("year", year);
        }
        if (sector != null) {
            q.append(" and sector = :sector");
            p = p.and("sector", sector);
        }
        return find(q.toString(), Sort.descending("year").and("sector").and("createdAt").and("id"), p);
    }

    /** The demand locked for a change, so it cannot be planned into a campaign meanwhile. */
    public Optional<FlushingDemand> lockForChange(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * The region's unplanned demands of a year and sector, in the order they were posted, locked until the campaign
     * that plans them commits (a concurrent edit waits, then finds them planned).
     */
    public List<FlushingDemand> lockUnplanned(UUID regionId, int year, Sector sector) {
        return find("regionId = ?1 and year = ?2 and sector = ?3 and campaignId is null",
                Sort.ascending("createdAt").and("id"), regionId, year, sector)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
