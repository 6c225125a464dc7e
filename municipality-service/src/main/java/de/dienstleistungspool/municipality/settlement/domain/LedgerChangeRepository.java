package de.dienstleistungspool.municipality.settlement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Reads the ledger change feed ({@code ledger_change}, written by triggers) in its stable order, handing out only
 * changes of transactions older than every running one, so that a cursor never passes a change committed later
 * (the reasoning is in the migration that creates the table and in docs/SETTLEMENT.md).
 */
@ApplicationScoped
public class LedgerChangeRepository {

    /** One member's changes after the cursor. */
    private static final String OF_MEMBER = """
            select cast(c.txid as text), c.position, c.kind, c.line_id, c.changed_at from ledger_change c
             where c.region_id = :region and c.member_id = :member
               and (c.txid, c.position) > (cast(:txid as xid8), :position)
               and c.txid < pg_snapshot_xmin(pg_current_snapshot())
             order by c.txid, c.position limit :limit
            """;

    /** The region's changes (credit lines: one per entry) after the cursor. */
    private static final String OF_REGION = """
            select cast(c.txid as text), c.position, c.kind, c.line_id, c.changed_at from ledger_change c
             where c.region_id = :region and c.side = 'CREDIT'
               and (c.txid, c.position) > (cast(:txid as xid8), :position)
               and c.txid < pg_snapshot_xmin(pg_current_snapshot())
             order by c.txid, c.position limit :limit
            """;

    @Inject
    EntityManager em;

    /** The changes after the cursor: one member's lines, or with {@code memberId} null the region's credit lines. */
    @SuppressWarnings("unchecked")
    public List<LedgerChange> after(UUID regionId, UUID memberId, BigInteger txid, long position, int limit) {
        Query query = em.createNativeQuery(memberId == null ? OF_REGION : OF_MEMBER)
                .setParameter("region", regionId)
                .setParameter("txid", txid.toString())
                .setParameter("position", position)
                .setParameter("limit", limit);
        if (memberId != null) {
            query.setParameter("member", memberId);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new LedgerChange(new BigInteger((String) r[0]), ((Number) r[1]).longValue(),
                LedgerChange.Kind.valueOf((String) r[2]), (UUID) r[3], instant(r[4]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
