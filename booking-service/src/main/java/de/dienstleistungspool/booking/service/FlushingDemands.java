package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.FlushingDemand;
import de.dienstleistungspool.booking.domain.FlushingDemandRepository;
import de.dienstleistungspool.booking.domain.JobDays;
import de.dienstleistungspool.booking.domain.MemberRepository;
import de.dienstleistungspool.booking.domain.QuantityUnit;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A member's yearly flushing demands: posted and changed by the member itself until a campaign plans them, read by the
 * member and by its region's coordinator; anyone else gets 404.
 */
@ApplicationScoped
public class FlushingDemands {

    @Inject
    FlushingDemandRepository demands;

    @Inject
    MemberRepository members;

    @Inject
    Caller caller;

    @Transactional
    public FlushingDemand create(FlushingDemandCommand c) {
        UUID member = caller.memberId();
        checkMayPlan(member);
        check(c);
        demands.ofMember(member, c.year(), c.sector()).ifPresent(d -> {
            throw exists(d.id);
        });
        FlushingDemand d = new FlushingDemand();
        d.id = UUID.randomUUID();
        d.regionId = caller.regionId();
        d.memberId = member;
        d.createdBy = caller.subject();
        d.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        apply(d, c);
        demands.persist(d);
        try {
            demands.flush(); // a concurrent post of the same year and sector meets the unique constraint here
        } catch (RuntimeException e) {
            throw violates(e, FlushingDemandRepository.ONCE)
                    ? ProblemException.conflict("demand-exists", "Your member has posted its " + c.sector() + " demand of "
                    + c.year() + " meanwhile; change that one") : e;
        }
        return d;
    }

    /** Replaces the member's own demand, unless a campaign has planned it (409). */
    @Transactional
    public FlushingDemand replace(UUID id, FlushingDemandCommand c) {
        FlushingDemand d = demands.lockForChange(id).filter(x -> caller.isMember(x.memberId))
                .orElseThrow(() -> ProblemException.notFound("Flushing demand", id));
        checkMayPlan(d.memberId);
        check(c);
        if (d.campaignId != null) {
            throw ProblemException.conflict("demand-planned", "Flushing demand " + id + " is planned in campaign "
                    + d.campaignId + " and can no longer be changed");
        }
        demands.ofMember(d.memberId, c.year(), c.sector()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw exists(other.id);
        });
        apply(d, c);
        return d;
    }

    /** The caller's member's demands, or for the region's coordinator every demand of the region. */
    public Paged<FlushingDemand> list(Integer year, Sector sector, int page, int size) {
        UUID member = caller.hasRole(Roles.COORDINATOR) ? null : caller.memberId();
        return Paged.of(demands.matching(caller.regionId(), member, year, sector), page, size);
    }

    public FlushingDemand get(UUID id) {
        return demands.findByIdOptional(id)
                .filter(d -> caller.isMember(d.memberId) || caller.isCoordinatorOf(d.regionId))
                .orElseThrow(() -> ProblemException.notFound("Flushing demand", id));
    }

    private void checkMayPlan(UUID member) {
        if (members.regionDeactivated(caller.regionId())) {
            throw BookingPolicy.regionDeactivated();
        }
        if (members.hasLeft(member)) {
            throw ProblemException.forbidden("Your member has left the pool and plans no flushing");
        }
    }

    private static void check(FlushingDemandCommand c) {
        int thisYear = LocalDate.now(JobDays.BERLIN).getYear();
        if (c.year() < thisYear || c.year() > thisYear + 1) {
            throw ProblemException.badRequest("invalid-year", "A flushing demand is for this year or the next ("
                    + thisYear + " or " + (thisYear + 1) + "), not " + c.year());
        }
        if (c.unit() != QuantityUnit.METRE && c.unit() != QuantityUnit.HOUR) {
            throw ProblemException.badRequest("invalid-unit", "Flushing demand is measured in METRE or HOUR, not " + c.unit());
        }
        if (c.preferredMonths().stream().distinct().count() != c.preferredMonths().size()) {
            throw ProblemException.badRequest("invalid-months", "Each preferred month may be named once: " + c.preferredMonths());
        }
    }

    private static void apply(FlushingDemand d, FlushingDemandCommand c) {
        d.year = c.year();
        d.sector = c.sector();
        d.unit = c.unit();
        d.settlementMode = c.settlementMode();
        d.preferredMonths = c.preferredMonths().stream().sorted().toList();
        d.sites = List.copyOf(c.sites());
        d.quantity = c.sites().stream().map(FlushingDemand.Site::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        d.note = c.note();
        d.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException exists(UUID id) {
        return ProblemException.conflict("demand-exists", "Your member has posted this year's demand of the sector"
                + " already: flushing demand " + id + "; change that one (PUT)");
    }
}
