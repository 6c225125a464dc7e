package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.booking.service.FlushingPlans;
import java.util.List;
import java.util.UUID;

/**
 * The county flushing plan of a year and sector: per month and unit the members' demand against the vehicles' free
 * capacity, the demands, the vehicles, and the campaign once the plan was turned into one.
 */
public record FlushingPlanView(int year, Sector sector, UUID campaignId, List<FlushingPlans.Month> months,
                               List<FlushingDemandView> demands, List<FlushingPlans.Vehicle> vehicles) {

    static FlushingPlanView of(FlushingPlans.Plan p) {
        return new FlushingPlanView(p.year(), p.sector(), p.campaignId(), p.months(),
                p.demands().stream().map(FlushingDemandView::of).toList(), p.vehicles());
    }
}
