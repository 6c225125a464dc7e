package de.dienstleistungspool.municipality.settlement.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Reads ledger lines; writes only new ones (the database refuses every change to an existing line).
 */
@ApplicationScoped
public class LedgerLineRepository implements PanacheRepositoryBase<LedgerLine, UUID> {

    /** A member's lines (or a whole region's, when member is null) in a year, optionally of one sector and mode. */
    public PanacheQuery<LedgerLine> search(UUID regionId, UUID memberId, Integer year, Sector sector, SettlementMode mode) {
        StringBuilder q = new StringBuilder("regionId = :region");
        Parameters p = Parameters.with("region", regionId);
        if (memberId != null) {
            q.append(" and memberId = :member");
            p.and("member", memberId);
        } else {
            q.append(" and side = :credit");
            p.and("credit", Side.CREDIT);
        }
        if (year != null) {
            q.append(" and year = :year");
            p.and("year", year);
        }
        if (sector != null) {
            q.append(" and sector = :sector");
            p.and("sector", sector);
        }
        if (mode != null) {
            q.append(" and settlementMode = :mode");
            p.and("mode", mode);
        }
        return find(q.toString(), Sort.by("usageEnd").and("recordedAt").and("id"), p);
    }

    /** Both lines of one entry, credit first. */
    public List<LedgerLine> entry(UUID entryId) {
        return list("entryId = ?1 order by side", entryId);
    }

    /** The lines a booking produced (its usage and any reversal). */
    public List<LedgerLine> ofBooking(UUID bookingId) {
        return list("bookingId = ?1 order by recordedAt, side", bookingId);
    }

    /** Whether an entry was already reversed. */
    public boolean isReversed(UUID entryId) {
        return count("reversesEntryId", entryId) > 0;
    }
}
