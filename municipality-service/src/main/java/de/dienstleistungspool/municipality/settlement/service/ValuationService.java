package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.domain.ValuationRepository;
import de.dienstleistungspool.municipality.settlement.domain.ValuationRepository.Cause;
import de.dienstleistungspool.municipality.settlement.domain.ValuationRepository.UnvaluedLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Gives ledger entries recorded before their year's rates existed their value once the rates are there: when the
 * coordinator publishes the year's rates (in that transaction) and, at the latest, when the year is closed.
 */
@ApplicationScoped
public class ValuationService {

    private static final Logger LOG = Logger.getLogger(ValuationService.class);

    @Inject
    ValuationRepository valuations;

    /** Values the unvalued entries the year's just published rates can value; part of the publishing transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int ratesPublished(UUID regionId, int year, String actor) {
        return value(regionId, year, actor, Cause.RATES_PUBLISHED);
    }

    /** Values what the year's rates can still value, as the first step of the close; part of the close's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int beforeClose(UUID regionId, int year, String actor) {
        return value(regionId, year, actor, Cause.YEAR_CLOSE);
    }

    /** The year's monetary lines that still have no value (they keep the year from being closed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UnvaluedLine> unvaluedMonetary(UUID regionId, int year) {
        return valuations.unvaluedMonetary(regionId, year);
    }

    private int value(UUID regionId, int year, String actor, Cause cause) {
        int valued = valuations.valueEntries(regionId, year, actor, cause);
        if (valued > 0) {
            LOG.infof("valued %d ledger entries of region %s year %d (%s)", valued, regionId, year, cause);
        }
        return valued;
    }
}
