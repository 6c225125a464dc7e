package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.CampaignPlanner;
import de.dienstleistungspool.booking.domain.FlushingCampaignRepository;
import de.dienstleistungspool.booking.domain.FlushingDemand;
import de.dienstleistungspool.booking.domain.FlushingDemandRepository;
import de.dienstleistungspool.booking.domain.QuantityUnit;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The coordinator's county flushing plan of a year and sector: every member's demand spread over its preferred months
 * next to the free capacity of the region's flushing vehicles per month (capacity per day times free job days).
 */
@ApplicationScoped
public class FlushingPlans {

    @Inject
    FlushingDemandRepository demands;

    @Inject
    FlushingVehicles vehicles;

    @Inject
    FlushingCampaignRepository campaigns;

    @Inject
    Caller caller;

    /** One month and unit: demand against free capacity; {@code shortfall} where demand exceeds it. */
    public record Month(int month, QuantityUnit unit, BigDecimal demand, BigDecimal capacity, boolean shortfall) {
    }

    /** A vehicle of the plan: its capacity per day and how many free job days it has left in the year. */
    public record Vehicle(UUID offerId, String title, UUID ownerMemberId, QuantityUnit unit, BigDecimal capacityPerDay,
                          int freeDays) {
    }

    /** The plan. */
    public record Plan(int year, Sector sector, UUID campaignId, List<Month> months, List<FlushingDemand> demands,
                       List<Vehicle> vehicles) {
    }

    public Plan plan(int year, Sector sector) {
        UUID region = caller.regionId();
        List<FlushingDemand> all = demands.matching(region, null, year, sector).list();
        List<CampaignPlanner.Vehicle> free = vehicles.free(region, sector, year, false);
        Set<QuantityUnit> units = new TreeSet<>();
        all.forEach(d -> units.add(d.unit));
        free.forEach(v -> units.add(v.offer().unit));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            for (QuantityUnit unit : units) {
                BigDecimal demand = BigDecimal.ZERO;
                for (FlushingDemand d : all) {
                    if (d.unit == unit && d.monthsToPlan().contains(m)) {
                        demand = demand.add(d.quantity.divide(BigDecimal.valueOf(d.monthsToPlan().size()), 3,
                                RoundingMode.HALF_UP));
                    }
                }
                BigDecimal capacity = BigDecimal.ZERO;
                for (CampaignPlanner.Vehicle v : free) {
                    if (v.offer().unit == unit) {
                        int month = m;
                        long days = v.freeDays().stream().filter(d -> d.month() == month).count();
                        capacity = capacity.add(v.offer().capacityPerDay.multiply(BigDecimal.valueOf(days)));
                    }
                }
                months.add(new Month(m, unit, demand, capacity, demand.compareTo(capacity) > 0));
            }
        }
        List<Vehicle> fleet = free.stream().map(v -> new Vehicle(v.offer().id, v.offer().title, v.offer().ownerMemberId,
                v.offer().unit, v.offer().capacityPerDay, v.freeDays().size())).toList();
        UUID campaign = campaigns.of(region, year, sector).map(c -> c.id).orElse(null);
        return new Plan(year, sector, campaign, months, all, fleet);
    }
}
