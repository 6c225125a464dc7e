package de.dienstleistungspool.municipality.settlement.domain;

import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory.Terms;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Computes a region's year-end close on a plain JDBC connection: one aggregation in PostgreSQL over the year's
 * non-monetary credit lines valued at the year's rates, then the netting in Java. Called through
 * {@link YearCloseRepository} and, on its own connection, by the benchmark.
 */
public final class YearCloseEngine {

    static final String AGGREGATE = """
            select sector, a, b,
                   coalesce(sum(s * case unit when 'HOUR' then quantity when 'DAY' then quantity * ? else 0 end), 0),
                   coalesce(sum(s * case when unit <> 'METRE' then v end), 0),
                   coalesce(sum(s * case when unit = 'METRE' then v end), 0),
                   count(*), count(*) filter (where v is null)
              from (select l.sector, l.unit, l.quantity,
                           least(l.member_id, l.counterparty_id) a, greatest(l.member_id, l.counterparty_id) b,
                           case when l.member_id < l.counterparty_id then 1 else -1 end s,
                           case when l.entry_kind = 'CARRY_OVER' then l.amount
                                when r.unit = l.unit then round(l.quantity * r.amount, 2) end v
                      from ledger_line l
                      left join rate r on r.region_id = l.region_id and r.year = l.year and r.sector = l.sector
                                      and r.category = l.category
                     where l.region_id = ? and l.year = ? and l.settlement_mode = 'NON_MONETARY' and l.side = 'CREDIT') x
             group by sector, a, b
             order by sector, a, b""";

    static final String UNVALUED = """
            select distinct l.sector || '/' || l.category || ' (' || l.unit || ')'
              from ledger_line l
              left join rate r on r.region_id = l.region_id and r.year = l.year and r.sector = l.sector and r.category = l.category
             where l.region_id = ? and l.year = ? and l.settlement_mode = 'NON_MONETARY' and l.side = 'CREDIT'
               and l.entry_kind <> 'CARRY_OVER' and (r.unit is null or r.unit <> l.unit)
             order by 1""";

    private YearCloseEngine() {
    }

    /** Takes the (region, year) close lock exclusively: in-flight ledger writes finish first, later ones wait. */
    public static void lockYear(Connection c, UUID regionId, int year) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select settlement_year_lock_exclusive(?, ?)")) {
            s.setObject(1, regionId);
            s.setInt(2, year);
            s.execute();
        }
    }

    /** Aggregates and nets the year; throws {@link UnvaluedException} if some category has no rate for the year. */
    public static CloseComputation compute(Connection c, UUID regionId, int year, Terms terms, BigDecimal hoursPerDay)
            throws SQLException {
        List<PairBalance> balances = new ArrayList<>();
        long lineCount = 0;
        long unvalued = 0;
        try (PreparedStatement s = c.prepareStatement(AGGREGATE)) {
            s.setBigDecimal(1, hoursPerDay);
            s.setObject(2, regionId);
            s.setInt(3, year);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    balances.add(new PairBalance(Sector.valueOf(r.getString(1)), r.getObject(2, UUID.class),
                            r.getObject(3, UUID.class), r.getBigDecimal(4), r.getBigDecimal(5), r.getBigDecimal(6), r.getInt(7)));
                    lineCount += r.getLong(7);
                    unvalued += r.getLong(8);
                }
            }
        }
        if (unvalued > 0) {
            throw new UnvaluedException(unvaluedCategories(c, regionId, year));
        }
        List<PairResult> pairs = NettingCalculator.settle(balances, terms);
        return new CloseComputation(regionId, year, terms, hoursPerDay, lineCount, pairs,
                NettingCalculator.bilateral(pairs), NettingCalculator.multilateral(pairs), NettingCalculator.positions(pairs));
    }

    private static List<String> unvaluedCategories(Connection c, UUID regionId, int year) throws SQLException {
        List<String> categories = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(UNVALUED)) {
            s.setObject(1, regionId);
            s.setInt(2, year);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    categories.add(r.getString(1));
                }
            }
        }
        return categories;
    }

    /** Some non-monetary lines of the year have no rate of the year for their sector, category and unit. */
    public static class UnvaluedException extends RuntimeException {
        public UnvaluedException(List<String> categories) {
            super("No rate of the year for " + String.join(", ", categories));
        }
    }
}
