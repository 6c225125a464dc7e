package de.dienstleistungspool.municipality.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Loads a region's rates of a year. */
@ApplicationScoped
public class RateRepository implements PanacheRepositoryBase<Rate, UUID> {

    public List<Rate> ofYear(UUID regionId, int year) {
        return list("regionId = ?1 and year = ?2", Sort.by("sector").and("category"), regionId, year);
    }
}
