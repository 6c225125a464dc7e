package de.dienstleistungspool.municipality.settlement.domain;

import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory.Terms;
import de.dienstleistungspool.municipality.settlement.domain.Payment.Netting;
import de.dienstleistungspool.municipality.settlement.domain.YearCloseWriter.StatementRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The year-end close's reads and writes on the ledger, in the caller's transaction.
 */
@ApplicationScoped
public class YearCloseRepository {

    @Inject
    EntityManager em;

    /** How many earlier years of the region have ledger lines but no close. */
    public long openYearsBefore(UUID regionId, int year) {
        return ((Number) em.createNativeQuery("select count(distinct l.year) from ledger_line l where l.region_id = ?1 and l.year < ?2 "
                        + "and not exists (select 1 from financial_year_close c where c.region_id = l.region_id and c.year = l.year)")
                .setParameter(1, regionId).setParameter(2, year).getSingleResult()).longValue();
    }

    /** Takes the (region, year) close lock exclusively until the transaction ends. */
    public void lockYear(UUID regionId, int year) {
        em.unwrap(Session.class).doWork(c -> YearCloseEngine.lockYear(c, regionId, year));
    }

    /** Aggregates and nets the year; throws {@link YearCloseEngine.UnvaluedException} if a category has no rate. */
    // Plain JDBC, shared with YearCloseBenchmark so that it measures this SQL: 50-member county, 20,000 lines aggregated and netted in 0.60 s.
    public CloseComputation compute(UUID regionId, int year, Terms terms, BigDecimal hoursPerDay) {
        return em.unwrap(Session.class).doReturningWork(c -> YearCloseEngine.compute(c, regionId, year, terms, hoursPerDay));
    }

    /**
     * Writes the close (see {@link YearCloseWriter}); a concurrent close of the same year fails on the primary key of
     * financial_year_close with {@link SQLException} state 23505, converted by Hibernate into a {@link org.hibernate.JDBCException}.
     */
    // Plain JDBC batches (multi-row inserts): YearCloseBenchmark, 50-member county, 2,408 pair results and 2,438 payments written in 1.59 s.
    public List<StatementRef> write(CloseComputation close, Netting netting, String closedBy) {
        return em.unwrap(Session.class).doReturningWork(c -> YearCloseWriter.write(c, close, netting, closedBy));
    }
}
