package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.messaging.MemberEvents;
import de.dienstleistungspool.municipality.settlement.domain.ValuationRepository;
import de.dienstleistungspool.municipality.settlement.domain.ValuationRepository.Cause;
import de.dienstleistungspool.municipality.settlement.domain.ValuationRepository.UnvaluedLine;
import de.dienstleistungspool.municipality.settlement.messaging.BookingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Gives ledger entries recorded before their year's rates existed their value once the rates are there: when the
 * coordinator publishes the year's rates (in that transaction) and, at the latest, when the year is closed; and warns
 * the coordinator when bookings are made for a year without rates.
 */
@ApplicationScoped
public class ValuationService {

    private static final Logger LOG = Logger.getLogger(ValuationService.class);

    @Inject
    ValuationRepository valuations;

    @Inject
    MemberEvents memberEvents;

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

    /**
     * Warns the region's coordinator (RatesMissing through the outbox, in the consuming transaction) when a booking is
     * made for a year without any published rate; once per region and year.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bookingMade(BookingEvent e) {
        Instant when = e.end() != null ? e.end() : e.start();
        int year = when.atZone(LedgerService.BERLIN).getYear();
        if (year < 2000 || year > 2100 || valuations.hasRates(e.regionId(), year) || !valuations.recordMissingRatesWarning(e.regionId(), year, e.bookingId())) {
            return;
        }
        LOG.infof("booking %s made for %d, for which region %s has no rates: coordinator warned", e.bookingId(), year, e.regionId());
        memberEvents.ratesMissing(e.regionId(), year, e.bookingId(), e.providerMemberId(), e.consumerMemberId(), e.sector(),
                e.category(), e.start(), e.end(), valuations.coordinatorEmail(e.regionId()));
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
