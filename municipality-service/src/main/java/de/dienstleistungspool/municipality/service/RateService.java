package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.domain.Rate;
import de.dienstleistungspool.municipality.domain.RateRepository;
import de.dienstleistungspool.municipality.domain.SettlementTerms;
import de.dienstleistungspool.municipality.domain.SettlementTermsRepository;
import de.dienstleistungspool.municipality.messaging.MemberEvents;
import de.dienstleistungspool.municipality.settlement.service.ValuationService;
import de.dienstleistungspool.platform.audit.AuditRecord;
import de.dienstleistungspool.platform.audit.AuditTrail;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Publishes a region's rates and settlement terms per year. A closed year is refused by a database trigger (see
 * V2 migration); the check here only gives the quicker, clearer answer. Ledger entries of the year recorded before
 * their rate existed are valued in the same transaction ({@link ValuationService}).
 */
@ApplicationScoped
public class RateService {

    @Inject
    RateRepository rates;

    @Inject
    SettlementTermsRepository terms;

    @Inject
    Access access;

    @Inject
    MemberEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    ValuationService valuation;

    /** The object type under which a region's rate changes of one year are recorded ("regionId/year"). */
    static final String AUDIT_TYPE = "rates";

    /** A year's rates and terms of a region, and whether the year is closed. */
    public record RateCard(UUID regionId, int year, List<Rate> rates, SettlementTerms terms, boolean closed) {
    }

    @Transactional
    public RateCard get(UUID regionId, int year) {
        if (!regionId.equals(access.caller().regionId())) {
            throw ProblemException.notFound("Region", regionId);
        }
        return card(regionId, year);
    }

    @Transactional
    public RateCard publish(UUID regionId, int year, RateCardRequest request) {
        access.requireCoordinatorOf(regionId, "Region", regionId);
        Map<String, RateCardRequest.Line> wanted = new HashMap<>();
        for (RateCardRequest.Line line : request.rates()) {
            if (wanted.put(line.sector() + "/" + line.category(), line) != null) {
                throw ProblemException.badRequest("duplicate-rate", "rates: " + line.sector() + " " + line.category() + " is listed twice");
            }
        }
        if (terms.isClosed(regionId, year)) {
            throw ProblemException.conflict("year-closed", "Financial year " + year + " of region " + regionId + " is closed; its rates cannot change");
        }
        Map<String, Object> before = auditedFields(card(regionId, year));
        try {
            for (Rate existing : rates.ofYear(regionId, year)) {
                RateCardRequest.Line line = wanted.remove(existing.sector + "/" + existing.category);
                if (line == null) {
                    rates.delete(existing);
                } else if (existing.unit != line.unit() || existing.amount.compareTo(line.amount()) != 0) {
                    existing.unit = line.unit();
                    existing.amount = money(line.amount());
                }
            }
            wanted.values().forEach(line -> rates.persist(newRate(regionId, year, line)));
            applyTerms(regionId, year, request.settlementTerms());
            rates.flush();
            valuation.ratesPublished(regionId, year, access.actor());
        } catch (PersistenceException e) {
            throw DatabaseErrors.translate(e);
        }
        RateCard card = card(regionId, year);
        audit.record(AUDIT_TYPE, auditId(regionId, year), "RatesPublished", before, auditedFields(card));
        events.ratesPublished(regionId, year, card.rates(), card.terms());
        return card;
    }

    /**
     * The settlement terms of a new region's years {@code firstYear} to {@code lastYear}, before any rate: recorded and
     * announced ({@code RatesPublished} without rates) year by year like a published card; runs in the caller's
     * transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void initialTerms(UUID regionId, int firstYear, int lastYear, RateCardRequest.Terms wanted) {
        for (int year = firstYear; year <= lastYear; year++) {
            try {
                applyTerms(regionId, year, wanted);
                terms.flush();
            } catch (PersistenceException e) {
                throw DatabaseErrors.translate(e);
            }
            RateCard card = card(regionId, year);
            audit.record(AUDIT_TYPE, auditId(regionId, year), "RatesPublished", Map.of(), auditedFields(card));
            events.ratesPublished(regionId, year, card.rates(), card.terms());
        }
    }

    private void applyTerms(UUID regionId, int year, RateCardRequest.Terms wanted) {
        SettlementTerms current = terms.ofYear(regionId, year).orElse(null);
        if (wanted == null) {
            if (current != null) {
                terms.delete(current);
            }
            return;
        }
        if (current == null) {
            current = new SettlementTerms();
            current.regionId = regionId;
            current.year = year;
            current.toleranceHours = money(wanted.toleranceHours());
            current.remainder = wanted.remainder();
            terms.persist(current);
        } else if (current.toleranceHours.compareTo(wanted.toleranceHours()) != 0 || current.remainder != wanted.remainder()) {
            current.toleranceHours = money(wanted.toleranceHours());
            current.remainder = wanted.remainder();
        }
    }

    /** A region's rate changes of a year, oldest first, for everyone of the region; another region answers 404. */
    @Transactional
    public List<AuditRecord> history(UUID regionId, int year) {
        if (!regionId.equals(access.caller().regionId())) {
            throw ProblemException.notFound("Region", regionId);
        }
        return audit.history(AUDIT_TYPE, auditId(regionId, year));
    }

    private static String auditId(UUID regionId, int year) {
        return regionId + "/" + year;
    }

    /** Each rate as "SECTOR/CATEGORY" with unit and amount, and the settlement terms. */
    private static Map<String, Object> auditedFields(RateCard card) {
        Map<String, Object> fields = new TreeMap<>();
        for (Rate r : card.rates()) {
            fields.put(r.sector + "/" + r.category, r.unit + " " + r.amount.toPlainString() + " EUR");
        }
        if (card.terms() != null) {
            fields.put("settlementTerms", card.terms().toleranceHours.toPlainString() + " h, " + card.terms().remainder);
        }
        return fields;
    }

    private RateCard card(UUID regionId, int year) {
        return new RateCard(regionId, year, rates.ofYear(regionId, year), terms.ofYear(regionId, year).orElse(null),
                terms.isClosed(regionId, year));
    }

    /** Two decimals, as stored in {@code numeric(12,2)}; validation already refused more. */
    private static java.math.BigDecimal money(java.math.BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static Rate newRate(UUID regionId, int year, RateCardRequest.Line line) {
        Rate r = new Rate();
        r.id = UUID.randomUUID();
        r.regionId = regionId;
        r.year = year;
        r.sector = line.sector();
        r.category = line.category();
        r.unit = line.unit();
        r.amount = money(line.amount());
        r.currency = "EUR";
        return r;
    }
}
