package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.CampaignPlanner;
import de.dienstleistungspool.booking.domain.FlushingCampaign;
import de.dienstleistungspool.booking.domain.FlushingCampaignConflict;
import de.dienstleistungspool.booking.domain.FlushingCampaignSeries;
import de.dienstleistungspool.booking.domain.Offer;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Books a campaign's planned job days: one series per member and offer, each day an ordinary booking on the member's
 * behalf requested by the coordinator, inserted by {@link BookingRequests#insert} so the exclusion constraints decide;
 * a day taken meanwhile is reported, never booked twice.
 */
@Singleton
public class CampaignBookings {

    @Inject
    BookingPolicy policy;

    @Inject
    BookingRequests requests;

    @Inject
    Caller caller;

    /** Books the placements; adds a {@code booked} conflict for each day it could not insert; returns the series made. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FlushingCampaignSeries> book(FlushingCampaign c, List<CampaignPlanner.Placement> placements,
                                             List<FlushingCampaignConflict> conflicts) {
        Map<String, List<CampaignPlanner.Placement>> groups = new LinkedHashMap<>();
        placements.forEach(p -> groups.computeIfAbsent(p.site().memberId() + "/" + p.offer().id, k -> new ArrayList<>()).add(p));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<FlushingCampaignSeries> made = new ArrayList<>();
        for (List<CampaignPlanner.Placement> group : groups.values()) {
            UUID seriesId = UUID.randomUUID();
            boolean any = false;
            for (CampaignPlanner.Placement p : group) {
                Booking b = policy.prepareFor(p.offer(), new BookingDraft(p.offer().id, p.day().start(), p.day().end(),
                        p.site().settlementMode(), c.sector, p.site().site(), p.quantity(), p.site().unit(),
                        "Spülkampagne " + c.year), p.site().memberId(), caller.subject(), now);
                b.seriesId = seriesId;
                if (requests.insert(b, p.offer())) {
                    any = true;
                } else {
                    conflicts.add(conflict(p.site(), p.quantity(), "booked", "The day was booked by someone else while"
                            + " the campaign was made", p.day().start(), p.day().end()));
                }
            }
            if (any) {
                made.add(series(c, seriesId, group));
            }
        }
        return made;
    }

    private static FlushingCampaignSeries series(FlushingCampaign c, UUID seriesId, List<CampaignPlanner.Placement> group) {
        FlushingCampaignSeries s = new FlushingCampaignSeries();
        s.seriesId = seriesId;
        s.campaignId = c.id;
        s.memberId = group.get(0).site().memberId();
        Offer offer = group.get(0).offer();
        s.offerId = offer.id;
        double nearest = group.stream().mapToDouble(CampaignPlanner.Placement::distanceKm).min().orElse(Double.MAX_VALUE);
        s.distanceKm = nearest == Double.MAX_VALUE ? null : BigDecimal.valueOf(nearest).setScale(1, RoundingMode.HALF_UP);
        return s;
    }

    /** A conflict row for a site (campaign and position are set when stored). */
    static FlushingCampaignConflict conflict(CampaignPlanner.SiteDemand site, BigDecimal quantity, String reason,
                                             String detail, Instant start, Instant end) {
        FlushingCampaignConflict x = new FlushingCampaignConflict();
        x.id = UUID.randomUUID();
        x.demandId = site.demandId();
        x.memberId = site.memberId();
        x.site = site.site();
        x.quantity = quantity;
        x.reason = reason;
        x.detail = detail;
        x.startAt = start;
        x.endAt = end;
        return x;
    }
}
