package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.config.SettlementConfig;
import de.dienstleistungspool.municipality.settlement.domain.CloseComputation;
import de.dienstleistungspool.municipality.settlement.domain.ClosedYearRepository;
import de.dienstleistungspool.municipality.settlement.domain.ClosedYearRepository.StoredClose;
import de.dienstleistungspool.municipality.settlement.domain.MemberDirectory;
import de.dienstleistungspool.municipality.settlement.domain.Payment.Netting;
import de.dienstleistungspool.municipality.settlement.messaging.SettlementEvents;
import de.dienstleistungspool.municipality.settlement.domain.YearCloseEngine;
import de.dienstleistungspool.municipality.settlement.domain.YearCloseRepository;
import de.dienstleistungspool.municipality.settlement.domain.YearCloseWriter.StatementRef;
import de.dienstleistungspool.platform.outbox.Outbox;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.JDBCException;

/**
 * The coordinator's year-end close: dry run and the real close, serialised per (region, year) by the database.
 */
@ApplicationScoped
public class YearCloseService {

    @Inject
    YearCloseRepository closes;

    @Inject
    ClosedYearRepository closedYears;

    @Inject
    MemberDirectory directory;

    @Inject
    SettlementConfig config;

    @Inject
    Outbox outbox;

    /** The stored result of a closed year, or empty while it is open. */
    @Transactional
    public Optional<StoredClose> stored(UUID regionId, int year) {
        return closedYears.find(regionId, year);
    }

    /** What closing the year would do now; writes nothing. */
    @Transactional
    public CloseComputation preview(UUID regionId, int year) {
        try {
            return closes.compute(regionId, year, directory.terms(regionId, year), config.hoursPerDay());
        } catch (YearCloseEngine.UnvaluedException e) {
            throw unvalued(e);
        }
    }

    /** Closes the year: nets, writes payments, carries over, freezes the year and announces it. */
    @Transactional
    public CloseComputation close(UUID regionId, int year, Netting netting, String actor) {
        Instant closable = LocalDate.of(year + 1, 1, 1).atStartOfDay(LedgerService.BERLIN).toInstant().plus(config.gracePeriod());
        if (Instant.now().isBefore(closable)) {
            throw ProblemException.conflict("grace-period", "Year " + year + " can be closed from " + closable
                    + " on (end of year plus the grace period of " + config.gracePeriod() + " for late completions)");
        }
        if (directory.regionName(regionId).isEmpty()) {
            throw ProblemException.notFound("Region", regionId);
        }
        if (closes.openYearsBefore(regionId, year) > 0) {
            throw ProblemException.conflict("earlier-year-open", "An earlier year with ledger entries is still open; close it first");
        }
        var terms = directory.terms(regionId, year);
        closes.lockYear(regionId, year);
        if (directory.isClosed(regionId, year)) {
            throw ProblemException.conflict("year-closed", "Year " + year + " of region " + regionId + " is already closed");
        }
        CloseComputation computation;
        List<StatementRef> statements;
        try {
            computation = closes.compute(regionId, year, terms, config.hoursPerDay());
            statements = closes.write(computation, netting, actor);
        } catch (YearCloseEngine.UnvaluedException e) {
            throw unvalued(e);
        } catch (JDBCException e) {
            if ("23505".equals(e.getSQLState())) {
                throw ProblemException.conflict("year-closed", "Year " + year + " was closed concurrently");
            }
            throw e;
        }
        var yearClosed = new SettlementEvents.YearClosed(regionId, year, actor, netting.name());
        outbox.publish(yearClosed);
        for (StatementRef s : statements) {
            var event = new SettlementEvents.StatementReady(regionId, s.memberId(), year, s.sector().name(), s.id());
            outbox.publish(event);
        }
        return computation;
    }

    private static ProblemException unvalued(YearCloseEngine.UnvaluedException e) {
        return ProblemException.conflict("rate-missing", e.getMessage() + "; publish the year's rates before closing");
    }
}
