package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingRepository;
import de.dienstleistungspool.booking.domain.CampaignPlanner;
import de.dienstleistungspool.booking.domain.FlushingCampaign;
import de.dienstleistungspool.booking.domain.FlushingCampaignConflict;
import de.dienstleistungspool.booking.domain.FlushingCampaignRepository;
import de.dienstleistungspool.booking.domain.FlushingCampaignSeries;
import de.dienstleistungspool.booking.domain.FlushingDemand;
import de.dienstleistungspool.booking.domain.FlushingDemandRepository;
import de.dienstleistungspool.booking.domain.MemberRepository;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns the region's flushing demands of a year and sector into a campaign, once: locks the demands, plans their sites
 * over the vehicles' free days ({@link CampaignPlanner}) and books each member's days with each provider as a series of
 * ordinary bookings through the one insert path (requested, for the provider to confirm), recording what it could not
 * book. The coordinator reads campaigns of its own region only.
 */
@ApplicationScoped
public class FlushingCampaigns {

    @Inject
    FlushingCampaignRepository campaigns;

    @Inject
    FlushingDemandRepository demands;

    @Inject
    FlushingVehicles vehicles;

    @Inject
    CampaignBookings bookingsOfCampaign;

    @Inject
    BookingRepository bookings;

    @Inject
    MemberRepository members;

    @Inject
    Caller caller;

    /** A campaign with its series (and their bookings) and conflicts. */
    public record Details(FlushingCampaign campaign, List<SeriesDetails> series, List<FlushingCampaignConflict> conflicts) {
    }

    /** A series of the campaign and its bookings. */
    public record SeriesDetails(FlushingCampaignSeries series, List<Booking> bookings) {
    }

    @Transactional
    public Details create(int year, Sector sector) {
        UUID region = caller.regionId();
        if (members.regionDeactivated(region)) {
            throw BookingPolicy.regionDeactivated();
        }
        FlushingCampaign c = new FlushingCampaign();
        c.id = UUID.randomUUID();
        c.regionId = region;
        c.year = year;
        c.sector = sector;
        c.createdBy = caller.subject();
        c.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!campaigns.insertOnce(c)) {
            UUID existing = campaigns.of(region, year, sector).map(x -> x.id).orElse(null);
            throw ProblemException.conflict("campaign-exists", "The " + sector + " flushing plan of " + year
                    + " was turned into campaign " + existing + " already");
        }
        List<FlushingDemand> planned = demands.lockUnplanned(region, year, sector);
        if (planned.isEmpty()) {
            throw ProblemException.unprocessable("plan-empty", "No member of the region has posted a " + sector
                    + " flushing demand for " + year + " that is not planned yet");
        }
        List<CampaignPlanner.SiteDemand> sites = new ArrayList<>();
        List<FlushingCampaignConflict> conflicts = new ArrayList<>();
        for (FlushingDemand d : planned) {
            d.campaignId = c.id;
            for (FlushingDemand.Site s : d.sites) {
                CampaignPlanner.SiteDemand site = new CampaignPlanner.SiteDemand(d.id, d.memberId, s.name(), s.latitude(),
                        s.longitude(), s.quantity(), d.unit, d.settlementMode, d.monthsToPlan());
                if (members.hasLeft(d.memberId)) {
                    conflicts.add(CampaignBookings.conflict(site, s.quantity(), "member-left",
                            "The member has left the pool", null, null));
                } else {
                    sites.add(site);
                }
            }
        }
        CampaignPlanner.Plan plan = CampaignPlanner.plan(sites, vehicles.free(region, sector, year, true));
        List<FlushingCampaignSeries> series = bookingsOfCampaign.book(c, plan.placements(), conflicts);
        plan.shortfalls().forEach(s -> conflicts.add(CampaignBookings.conflict(s.site(), s.quantity(), s.reason(),
                s.detail(), null, null)));
        series.forEach(campaigns::add);
        for (int i = 0; i < conflicts.size(); i++) {
            FlushingCampaignConflict x = conflicts.get(i);
            x.campaignId = c.id;
            x.position = i;
            campaigns.add(x);
        }
        campaigns.flush();
        return details(campaigns.findById(c.id));
    }

    /** A campaign of the caller's region; another region's (or an unknown id) is 404. */
    public Details get(UUID id) {
        FlushingCampaign c = campaigns.findByIdOptional(id).filter(x -> caller.isCoordinatorOf(x.regionId))
                .orElseThrow(() -> ProblemException.notFound("Flushing campaign", id));
        return details(c);
    }

    private Details details(FlushingCampaign c) {
        List<SeriesDetails> series = campaigns.series(c.id).stream().map(s -> new SeriesDetails(s,
                bookings.list("seriesId", Sort.by("startAt"), s.seriesId))).toList();
        return new Details(c, series, campaigns.conflicts(c.id));
    }
}
