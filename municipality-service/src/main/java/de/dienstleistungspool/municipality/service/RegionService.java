package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.domain.AppUser;
import de.dienstleistungspool.municipality.domain.AppUserRepository;
import de.dienstleistungspool.municipality.domain.Region;
import de.dienstleistungspool.municipality.domain.RegionRepository;
import de.dienstleistungspool.municipality.domain.RegionStatus;
import de.dienstleistungspool.municipality.domain.SettlementTermsRepository;
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
 * Sets counties up for the platform operator: creates a region (under a new id or one it chose) with its settlement
 * terms and first coordinators, adds
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
    SettlementTermsRepository terms;

    @Inject
    MemberEvents events;

    @Inject
    Access access;

    /** A region just created, with its coordinators' initial passwords (shown once). */
    public record Created(Region region, List<CredentialService.IssuedUser> coordinators) {
    }

    /** The answer to a create-with-id: the region, and whether this request created it (false: it was there already). */
    public record Put(Created result, boolean created) {
    }

    @Transactional
    public Created create(RegionRequest request) {
        return insert(UUID.randomUUID(), request);
    }

    /**
     * Creates the region under the id the operator chose, like {@link #create}; if that id exists already and matches
     * the request (name, contact, the first year's terms, each coordinator), nothing changes and no password is issued
     * again; if it differs, 409.
     */
    @Transactional
    public Put createWithId(UUID regionId, RegionRequest request) {
        Region existing = regions.findById(regionId);
        if (existing == null) {
            return new Put(insert(regionId, request), true);
        }
        List<String> differences = differences(existing, request);
        if (!differences.isEmpty()) {
            throw ProblemException.conflict("region-differs", "Region " + regionId + " exists with other settings: "
                    + String.join(", ", differences) + "; PUT repeats a creation, it does not change a region");
        }
        List<CredentialService.IssuedUser> coordinators = users.coordinatorsOf(regionId).stream()
                .map(u -> new CredentialService.IssuedUser(u, null)).toList();
        return new Put(new Created(existing, coordinators), false);
    }

    private Created insert(UUID regionId, RegionRequest request) {
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
        r.id = regionId;
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

    /** What of the request does not match the existing region (empty: the same region). */
    private List<String> differences(Region r, RegionRequest request) {
        List<String> differences = new java.util.ArrayList<>();
        if (!r.name.equals(request.name().strip())) {
            differences.add("name");
        }
        if (!r.coordinatorName.equals(request.coordinatorName().strip())) {
            differences.add("coordinatorName");
        }
        if (!r.coordinatorEmail.equals(request.coordinatorEmail().strip().toLowerCase(Locale.ROOT))) {
            differences.add("coordinatorEmail");
        }
        boolean sameTerms = terms.ofYear(r.id, request.firstYear())
                .filter(t -> t.toleranceHours.compareTo(request.settlementTerms().toleranceHours()) == 0
                        && t.remainder == request.settlementTerms().remainder())
                .isPresent();
        if (!sameTerms || terms.ofYear(r.id, request.firstYear() - 1).isPresent()) {
            differences.add("firstYear/settlementTerms");
        }
        List<AppUser> present = users.coordinatorsOf(r.id);
        for (RegionRequest.NewCoordinator c : request.coordinators()) {
            String email = c.email().strip().toLowerCase(Locale.ROOT);
            if (present.stream().noneMatch(u -> u.email.equals(email) && u.name.equals(c.name().strip()))) {
                differences.add("coordinator " + email);
            }
        }
        return differences;
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
