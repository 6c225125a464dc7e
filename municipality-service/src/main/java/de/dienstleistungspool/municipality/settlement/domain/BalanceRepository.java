package de.dienstleistungspool.municipality.settlement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Live balances aggregated in PostgreSQL straight from the ledger: per member pair, sector and settlement mode in hours and EUR, and each
 * member's net position; seen from {@code memberId} (positive: it provided more than it received). A line counts
 * with its own amount or its entry's later valuation ({@code ledger_line_valued}); {@code unvaluedLines} counts those
 * with neither.
 */
@ApplicationScoped
public class BalanceRepository {

    @Inject
    EntityManager em;

    /** One pair's balance from the first member's view. */
    public record PairBalanceView(String sector, String settlementMode, UUID memberId, UUID counterpartyId,
                                  BigDecimal netHours, BigDecimal netMetres, BigDecimal netAmount, long lines, long unvaluedLines) {
    }

    /** A member's net position in a sector and mode: the sum of its pair balances. */
    public record PositionView(String sector, String settlementMode, UUID memberId, BigDecimal netHours,
                               BigDecimal netMetres, BigDecimal netAmount) {
    }

    private static final String PAIRS = """
            select sector, settlement_mode, member_id, counterparty_id,
                   coalesce(sum(s * case unit when 'HOUR' then quantity when 'DAY' then quantity * ?1 else 0 end), 0),
                   coalesce(sum(s * case when unit = 'METRE' then quantity else 0 end), 0),
                   coalesce(sum(s * amount), 0), count(*), count(*) filter (where amount is null)
              from (select sector, settlement_mode, unit, quantity, valued_amount amount, member_id, counterparty_id,
                           case side when 'CREDIT' then 1 else -1 end s
                      from ledger_line_valued where region_id = ?2 and year = ?3 and (cast(nullif(?4, '') as uuid) is null and side = 'CREDIT'
                           and member_id < counterparty_id or member_id = cast(nullif(?4, '') as uuid))
                    union all
                    select sector, settlement_mode, unit, quantity, valued_amount, counterparty_id, member_id, -1
                      from ledger_line_valued where region_id = ?2 and year = ?3 and cast(nullif(?4, '') as uuid) is null and side = 'CREDIT'
                           and member_id > counterparty_id) x
             group by sector, settlement_mode, member_id, counterparty_id
             order by sector, settlement_mode, member_id, counterparty_id""";

    public List<PairBalanceView> pairs(UUID regionId, int year, UUID memberId, BigDecimal hoursPerDay) {
        List<PairBalanceView> views = new ArrayList<>();
        for (Object o : em.createNativeQuery(PAIRS).setParameter(1, hoursPerDay).setParameter(2, regionId).setParameter(3, year)
                .setParameter(4, memberId == null ? "" : memberId.toString()).getResultList()) {
            Object[] r = (Object[]) o;
            views.add(new PairBalanceView((String) r[0], (String) r[1], (UUID) r[2], (UUID) r[3], (BigDecimal) r[4],
                    (BigDecimal) r[5], (BigDecimal) r[6], ((Number) r[7]).longValue(), ((Number) r[8]).longValue()));
        }
        return views;
    }

    /** Each member's position: over both directions of all its pairs (region) or just the member's own. */
    public List<PositionView> positions(UUID regionId, int year, UUID memberId, BigDecimal hoursPerDay) {
        List<PositionView> views = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                        select sector, settlement_mode, member_id,
                               coalesce(sum(s * case unit when 'HOUR' then quantity when 'DAY' then quantity * ?1 else 0 end), 0),
                               coalesce(sum(s * case when unit = 'METRE' then quantity else 0 end), 0), coalesce(sum(s * valued_amount), 0)
                          from (select *, case side when 'CREDIT' then 1 else -1 end s from ledger_line_valued
                                 where region_id = ?2 and year = ?3 and (cast(nullif(?4, '') as uuid) is null or member_id = cast(nullif(?4, '') as uuid))) x
                         group by sector, settlement_mode, member_id order by sector, settlement_mode, member_id""")
                .setParameter(1, hoursPerDay).setParameter(2, regionId).setParameter(3, year)
                .setParameter(4, memberId == null ? "" : memberId.toString()).getResultList()) {
            Object[] r = (Object[]) o;
            views.add(new PositionView((String) r[0], (String) r[1], (UUID) r[2], (BigDecimal) r[3], (BigDecimal) r[4], (BigDecimal) r[5]));
        }
        return views;
    }
}
