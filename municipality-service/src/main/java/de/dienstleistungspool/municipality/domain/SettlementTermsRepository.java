package de.dienstleistungspool.municipality.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Loads a region's settlement terms of a year, and tells whether that financial year is closed. */
@ApplicationScoped
public class SettlementTermsRepository implements PanacheRepositoryBase<SettlementTerms, SettlementTerms.Key> {

    public Optional<SettlementTerms> ofYear(UUID regionId, int year) {
        return findByIdOptional(new SettlementTerms.Key(regionId, year));
    }

    public boolean isClosed(UUID regionId, int year) {
        return getEntityManager()
                .createNativeQuery("select count(*) from financial_year_close where region_id = ?1 and year = ?2")
                .setParameter(1, regionId).setParameter(2, year)
                .getSingleResult() instanceof Number n && n.longValue() > 0;
    }
}
