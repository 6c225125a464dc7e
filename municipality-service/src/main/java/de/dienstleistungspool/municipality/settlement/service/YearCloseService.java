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
import de.dienstleistungspool.municipality.settlement.domain.ValuationRepository.UnvaluedLine;
import de.dienstleistungspool.municipality.settlement.domain.YearCloseWriter.StatementRef;
import de.dienstleistungspool.platform.outbox.Outbox;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

    @Inject
    ValuationService valuation;

    private static final String EARLIER_YEAR_OPEN = "An earlier year with ledger entries is still open; close it first";

    /** How many unvalued lines a refusal names one by one. */
    private static final int LISTED = 20;

    /** The stored result of a closed year, or empty while it is open. */
    @Transactional
    public Optional<StoredClose> stored(UUID regionId, int year) {
        return closedYears.find(regionId, year);
    }

    /**
     * A dry run: what closing the year would net and pay, whether the real close is allowed now, from when on (end of
     * year plus the grace period), and what refuses it otherwise.
     */
    public record Preview(CloseComputation computation, boolean closeAllowed, Instant closeAllowedFrom, List<String> refusals) {
    }

    /** What closing the year would do now, and whether it may; writes nothing. */
    @Transactional
    public Preview preview(UUID regionId, int year) {
        CloseComputation computation;
        try {
            computation = closes.compute(regionId, year, directory.terms(regionId, year), config.hoursPerDay());
        } catch (YearCloseEngine.UnvaluedException e) {
            throw unvalued(e);
        }
        Instant from = closableFrom(year);
        List<String> refusals = new ArrayList<>();
        if (Instant.now().isBefore(from)) {
            refusals.add(gracePeriod(year, from));
        }
        if (closes.openYearsBefore(regionId, year) > 0) {
            refusals.add(EARLIER_YEAR_OPEN);
        }
        if (directory.isClosed(regionId, year)) {
            refusals.add("Year " + year + " is already closed");
        }
        List<UnvaluedLine> unvalued = valuation.unvaluedMonetary(regionId, year);
        if (!unvalued.isEmpty()) {
            refusals.add(unvaluedMonetary(year, unvalued));
        }
        return new Preview(computation, refusals.isEmpty(), from, List.copyOf(refusals));
    }

    /** Closes the year: values what the year's rates can still value, nets, writes payments, carries over, freezes it. */
    @Transactional
    public CloseComputation close(UUID regionId, int year, Netting netting, String actor) {
        Instant closable = closableFrom(year);
        if (Instant.now().isBefore(closable)) {
            throw ProblemException.conflict("grace-period", gracePeriod(year, closable));
        }
        if (directory.regionName(regionId).isEmpty()) {
            throw ProblemException.notFound("Region", regionId);
        }
        if (closes.openYearsBefore(regionId, year) > 0) {
            throw ProblemException.conflict("earlier-year-open", EARLIER_YEAR_OPEN);
        }
        var terms = directory.terms(regionId, year);
        closes.lockYear(regionId, year);
        if (directory.isClosed(regionId, year)) {
            throw ProblemException.conflict("year-closed", "Year " + year + " of region " + regionId + " is already closed");
        }
        valuation.beforeClose(regionId, year, actor);
        List<UnvaluedLine> unvaluedLines = valuation.unvaluedMonetary(regionId, year);
        if (!unvaluedLines.isEmpty()) {
            throw ProblemException.conflict("rate-missing", unvaluedMonetary(year, unvaluedLines) + "; publish the year's rates before closing");
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

    /** 1 January of the following year (Europe/Berlin) plus the grace period for late completions. */
    private Instant closableFrom(int year) {
        return LocalDate.of(year + 1, 1, 1).atStartOfDay(LedgerService.BERLIN).toInstant().plus(config.gracePeriod());
    }

    private String gracePeriod(int year, Instant from) {
        return "Year " + year + " can be closed from " + from + " on (end of year plus the grace period of "
                + config.gracePeriod() + " for late completions)";
    }

    /** Names the unvalued monetary lines (the first {@value #LISTED}, then how many more). */
    private static String unvaluedMonetary(int year, List<UnvaluedLine> lines) {
        StringBuilder b = new StringBuilder("Year " + year + " has " + lines.size()
                + " monetary ledger entries not yet valued (no rate of the year for their sector, category and unit): ");
        for (int i = 0; i < Math.min(LISTED, lines.size()); i++) {
            UnvaluedLine l = lines.get(i);
            b.append(i == 0 ? "" : ", ").append("booking ").append(l.bookingId() == null ? "-" : l.bookingId())
                    .append(" (entry ").append(l.entryId()).append(", ").append(l.sector()).append('/').append(l.category())
                    .append(' ').append(l.quantity().stripTrailingZeros().toPlainString()).append(' ').append(l.unit())
                    .append(l.usageEnd() == null ? "" : ", " + l.usageEnd().atZone(LedgerService.BERLIN).toLocalDate()).append(')');
        }
        if (lines.size() > LISTED) {
            b.append(" and ").append(lines.size() - LISTED).append(" more");
        }
        return b.toString();
    }

    private static ProblemException unvalued(YearCloseEngine.UnvaluedException e) {
        return ProblemException.conflict("rate-missing", e.getMessage() + "; publish the year's rates before closing");
    }
}
