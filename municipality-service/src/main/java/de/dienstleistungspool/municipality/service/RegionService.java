package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.domain.AppUser;
import de.dienstleistungspool.municipality.domain.AppUserRepository;
import de.dienstleistungspool.municipality.domain.Region;
import de.dienstleistungspool.municipality.domain.RegionRepository;
import de.dienstleistungspool.municipality.domain.RegionStatus;
import de.dienstleistungspool.municipality.messaging.MemberEvents;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Sets counties up for the platform operator: creates a region with its settlement terms and first coordinators, adds
 * coordinators, deactivates a region; reads a region for the operator or for the region's own people.
 */
@ApplicationScoped
public class RegionService {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    RegionRepository regions;

    @Inject
    AppUserRepository users;

    @Inject
    CredentialService credentials;

    @Inject
    RateService rates;

    @Inject
    MemberEvents events;

    @Inject
    Access access;

    /** A region just created, with its coordinators' initial passwords (shown once). */
    public record Created(Region region, List<CredentialService.IssuedUser> coordinators) {
    }

    @Transactional
    public Created create(RegionRequest request) {
        int lastYear = LocalDate.now(BERLIN).getYear() + 1;
        if (request.firstYear() > lastYear) {
            throw ProblemException.unprocessable("first-year-in-future",
                    "firstYear: " + request.firstYear() + " lies after next year (" + lastYear + ")");
        }
        if (request.coordinators().stream().map(c -> c.email().strip().toLowerCase(Locale.ROOT)).distinct().count()
                < request.coordinators().size()) {
            throw ProblemException.badRequest("duplicate-coordinator", "coordinators: an e-mail address is listed twice");
        }
        Region r = new Region();
        r.id = UUID.randomUUID();
        r.name = request.name().strip();
        r.coordinatorName = request.coordinatorName().strip();
        r.coordinatorEmail = request.coordinatorEmail().strip().toLowerCase(Locale.ROOT);
        r.status = RegionStatus.ACTIVE;
        save(() -> regions.persist(r));
        rates.initialTerms(r.id, request.firstYear(), lastYear, request.settlementTerms());
        List<CredentialService.IssuedUser> coordinators = request.coordinators().stream()
                .map(c -> credentials.createCoordinator(r.id, c.name(), c.email())).toList();
        regions.getEntityManager().refresh(r); // created_at comes from the database
        return new Created(r, coordinators);
    }

    /** Adds a coordinator to an active region. */
    @Transactional
    public CredentialService.IssuedUser addCoordinator(UUID regionId, RegionRequest.NewCoordinator request) {
        Region r = requireActive(existing(regionId));
        return credentials.createCoordinator(r.id, request.name(), request.email());
    }

    /** Deactivates a region (final): no member is admitted and no booking taken from now on; announced to all. */
    @Transactional
    public Region deactivate(UUID regionId) {
        Region r = requireActive(regions.findByIdOptional(regionId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Region", regionId)));
        r.status = RegionStatus.DEACTIVATED;
        r.deactivatedAt = Instant.now();
        save(() -> { });
        events.regionDeactivated(r.id, r.name, r.deactivatedAt);
        return r;
    }

    /** A region for the platform operator, or the caller's own region; any other answers 404. */
    @Transactional
    public Region get(UUID regionId) {
        boolean operator = access.caller().hasRole(Roles.PLATFORM_OPERATOR);
        if (!operator && !regionId.equals(access.caller().optionalRegionId().orElse(null))) {
            throw ProblemException.notFound("Region", regionId);
        }
        return existing(regionId);
    }

    /** The region's coordinators who act for no member, for the platform operator. */
    @Transactional
    public List<AppUser> coordinators(UUID regionId) {
        return users.coordinatorsOf(existing(regionId).id);
    }

    /** Refuses (409) a change a deactivated region no longer takes. */
    static Region requireActive(Region r) {
        if (!r.isActive()) {
            throw ProblemException.conflict("region-deactivated", "Region " + r.id + " was deactivated on "
                    + r.deactivatedAt + "; it admits no members and takes no new coordinators or bookings");
        }
        return r;
    }

    private Region existing(UUID regionId) {
        return regions.findByIdOptional(regionId).orElseThrow(() -> ProblemException.notFound("Region", regionId));
    }

    private void save(Runnable change) {
        try {
            change.run();
            regions.flush();
        } catch (PersistenceException e) {
            throw DatabaseErrors.translate(e);
        }
    }
}
