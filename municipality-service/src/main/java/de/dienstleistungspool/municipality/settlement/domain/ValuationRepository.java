package de.dienstleistungspool.municipality.settlement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Values ledger entries that were recorded before their year's rates existed ({@code ledger_valuation}, one row per
 * entry, never changed), finds the monetary lines that still have no value, and records that a coordinator was warned
 * of a year without rates.
 */
@ApplicationScoped
public class ValuationRepository {

    @Inject
    EntityManager em;

    /** Why an entry was valued later than it was recorded. */
    public enum Cause { RATES_PUBLISHED, YEAR_CLOSE }

    /** A monetary entry without a value: what the close lists when it refuses. */
    public record UnvaluedLine(UUID entryId, UUID bookingId, String sector, String category, String unit,
                               BigDecimal quantity, Instant usageEnd) {
    }

    /**
     * Values, in one statement, every unvalued entry of the region that the year's rates can value (see
     * {@code settlement_value_entries}); an entry already valued is skipped, also when another transaction values it
     * concurrently. Returns how many entries this call valued.
     */
    public int valueEntries(UUID regionId, int year, String actor, Cause cause) {
        return ((Number) em.createNativeQuery("select settlement_value_entries(?1, ?2, ?3, ?4)")
                .setParameter(1, regionId).setParameter(2, year).setParameter(3, actor).setParameter(4, cause.name())
                .getSingleResult()).intValue();
    }

    /**
     * The year's monetary entries that have no value and that no rate of the year can value (a line whose rate exists
     * is valued by the close at the latest), leaving out an entry and its reversal when both are unvalued (they
     * cancel), oldest usage first.
     */
    public List<UnvaluedLine> unvaluedMonetary(UUID regionId, int year) {
        List<UnvaluedLine> lines = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                        select l.entry_id, l.booking_id, l.sector, l.category, l.unit, l.quantity, l.usage_end
                          from ledger_line_valued l
                         where l.region_id = ?1 and l.year = ?2 and l.side = 'CREDIT' and l.settlement_mode = 'MONETARY'
                           and l.valued_amount is null
                           and not exists (select 1 from rate r where r.region_id = l.region_id and r.year = l.year
                                              and r.sector = l.sector and r.category = l.category and r.unit = l.unit)
                           and not exists (select 1 from ledger_line_valued r where r.reverses_entry_id = l.entry_id
                                              and r.side = 'CREDIT' and r.valued_amount is null)
                           and not exists (select 1 from ledger_line_valued o where o.entry_id = l.reverses_entry_id
                                              and o.side = 'CREDIT' and o.valued_amount is null)
                         order by l.usage_end, l.entry_id""")
                .setParameter(1, regionId).setParameter(2, year).getResultList()) {
            Object[] r = (Object[]) o;
            lines.add(new UnvaluedLine((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (BigDecimal) r[5], r[6] == null ? null : ClosedYearRepository.toInstant(r[6])));
        }
        return lines;
    }

    /** Whether the region has published any rate for the year. */
    public boolean hasRates(UUID regionId, int year) {
        return !em.createNativeQuery("select 1 from rate where region_id = ?1 and year = ?2 limit 1")
                .setParameter(1, regionId).setParameter(2, year).getResultList().isEmpty();
    }

    /**
     * Records that the coordinator is warned about the year's missing rates; false if that was already done (the
     * primary key (region, year) decides, also between concurrent bookings).
     */
    public boolean recordMissingRatesWarning(UUID regionId, int year, UUID bookingId) {
        return em.createNativeQuery("insert into rates_missing_warning (region_id, year, booking_id) values (?1, ?2, ?3) "
                        + "on conflict do nothing")
                .setParameter(1, regionId).setParameter(2, year).setParameter(3, bookingId).executeUpdate() == 1;
    }

    /** The region's coordinator address, if it has one. */
    public String coordinatorEmail(UUID regionId) {
        List<?> rows = em.createNativeQuery("select coordinator_email from region where id = ?1").setParameter(1, regionId)
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
    }
}
