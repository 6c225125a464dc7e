package de.dienstleistungspool.municipality.rest;

import de.dienstleistungspool.municipality.domain.Region;
import de.dienstleistungspool.municipality.service.RegionService;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A region as the API shows it: name, the pool office's contact, and whether it is active. */
public record RegionView(UUID id, String name, String coordinatorName, String coordinatorEmail, String status,
                         Instant createdAt, Instant deactivatedAt) {

    static RegionView of(Region r) {
        return new RegionView(r.id, r.name, r.coordinatorName, r.coordinatorEmail, r.status.name(), r.createdAt,
                r.deactivatedAt);
    }

    /** A region just created, with its coordinators and their initial passwords (shown once). */
    public record Created(RegionView region, List<UserView.Issued> coordinators) {
        static Created of(RegionService.Created created) {
            return new Created(RegionView.of(created.region()), created.coordinators().stream().map(UserView.Issued::of).toList());
        }
    }
}
