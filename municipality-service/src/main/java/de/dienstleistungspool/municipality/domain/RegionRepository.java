package de.dienstleistungspool.municipality.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Loads regions. */
@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, UUID> {
}
