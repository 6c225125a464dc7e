package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.pool.domain.Blackout;
import de.dienstleistungspool.pool.domain.BlackoutRepository;
import de.dienstleistungspool.pool.domain.BusyPeriod;
import de.dienstleistungspool.pool.domain.BusyPeriodRepository;
import de.dienstleistungspool.pool.domain.Depot;
import de.dienstleistungspool.pool.domain.DepotRepository;
import de.dienstleistungspool.pool.domain.Offer;
import de.dienstleistungspool.pool.domain.OfferKind;
import de.dienstleistungspool.pool.domain.OfferRepository;
import de.dienstleistungspool.pool.domain.OfferSearch;
import de.dienstleistungspool.pool.domain.OfferWindowRepository;
import de.dienstleistungspool.pool.domain.Sector;
import de.dienstleistungspool.platform.paging.Paged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Availability of one offer and the region-wide search for free offers, both read from this service's database. */
@ApplicationScoped
public class AvailabilityService {

    private static final Logger LOG = Logger.getLogger(AvailabilityService.class);
    /** What an offer's category looks like (OfferRequest); a search for anything else finds nothing and records nothing. */
    private static final java.util.regex.Pattern CATEGORY = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    @Inject
    OfferRepository offers;

    @Inject
    OfferWindowRepository windows;

    @Inject
    BusyPeriodRepository busy;

    @Inject
    BlackoutRepository blackouts;

    @Inject
    DepotRepository depots;

    @Inject
    OfferSearch search;

    @Inject
    ShortageRadar radar;

    @Inject
    Caller caller;

    public AvailabilityView availability(UUID offerId, Instant from, Instant to) {
        Periods.check("The availability window", from, to);
        Offer offer = offers.findInRegion(offerId, caller.regionId()).orElseThrow(() -> ProblemException.notFound("Offer", offerId));
        boolean owner = offer.ownedBy(caller.memberId());
        List<AvailabilityView.Busy> taken = new ArrayList<>();
        for (BusyPeriod b : busy.blocking(List.of(offerId), from, to)) {
            boolean party = owner || caller.isMember(b.consumerMemberId);
            taken.add(new AvailabilityView.Busy(b.start, b.occupiedUntil, "BOOKING", party ? b.bookingId : null,
                    party ? b.status : null, null));
        }
        for (Blackout x : blackouts.overlapping(List.of(offerId), from, to)) {
            taken.add(new AvailabilityView.Busy(x.start, x.end, "BLACKOUT", null, null, owner ? x.reason : null));
        }
        taken.sort(Comparator.comparing(AvailabilityView.Busy::start));
        List<PeriodView> free = search.freePeriods(offerId, offer.kind, from, to).stream()
                .map(p -> new PeriodView(p[0], p[1])).toList();
        return new AvailabilityView(offerId, from, to, free, taken);
    }

    /** Search parameters as given by the caller; latitude and longitude default to the caller's main depot. */
    public record SearchRequest(Instant from, Instant to, OfferKind kind, String category, Sector sector,
                                String qualification, Double latitude, Double longitude, Double radiusKm, int page, int size) {
    }

    public Paged<SearchHit> search(SearchRequest r) {
        Periods.check("The search window", r.from(), r.to());
        if ((r.latitude() == null) != (r.longitude() == null)) {
            throw ProblemException.badRequest("incomplete-point", "Give both lat and lon, or neither to search from your depot");
        }
        if (r.latitude() != null && (Math.abs(r.latitude()) > 90 || Math.abs(r.longitude()) > 180)) {
            throw ProblemException.badRequest("invalid-point", "lat must lie in [-90, 90] and lon in [-180, 180]");
        }
        if (r.radiusKm() != null && (r.radiusKm() <= 0 || r.radiusKm() > 1000)) {
            throw ProblemException.badRequest("invalid-radius", "radiusKm must lie in (0, 1000]");
        }
        double lat;
        double lon;
        if (r.latitude() != null) {
            lat = r.latitude();
            lon = r.longitude();
        } else {
            Depot depot = depots.mainDepotOf(caller.memberId()).orElseThrow(() -> ProblemException.unprocessable("no-depot",
                    "No depot of your member is known; give lat and lon to search from a point"));
            lat = depot.latitude;
            lon = depot.longitude;
        }
        OfferSearch.Result result = search.freeOffers(new OfferSearch.Criteria(caller.regionId(), r.from(), r.to(), lat, lon,
                r.kind(), r.category(), r.sector(), r.qualification(), r.radiusKm(), r.page(), r.size()));
        if (result.total() == 0 && r.category() != null && CATEGORY.matcher(r.category()).matches()) {
            recordMiss(r, lat, lon);
        }
        List<UUID> ids = result.hits().stream().map(OfferSearch.Hit::offerId).toList();
        Map<UUID, Offer> byId = offers.listByIds(ids).stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        var windowsByOffer = windows.listOfAll(ids).stream().collect(Collectors.groupingBy(w -> w.offerId));
        List<SearchHit> hits = result.hits().stream()
                .map(h -> new SearchHit(OfferMapper.view(byId.get(h.offerId()), windowsByOffer.getOrDefault(h.offerId(), List.of())),
                        BigDecimal.valueOf(h.distanceMetres() / 1000.0).setScale(2, RoundingMode.HALF_UP)))
                .toList();
        return new Paged<>(hits, r.page(), r.size(), result.total());
    }

    /** A search for a category that found nothing free counts for the shortage radar; a failure to record never fails it. */
    private void recordMiss(SearchRequest r, double lat, double lon) {
        caller.optionalMemberId().ifPresent(member -> {
            try {
                radar.searchFoundNothing(caller.regionId(), member, r.category(), r.sector(), r.from(), r.to(), lat, lon);
            } catch (RuntimeException e) {
                LOG.warnf(e, "A search without hit was not recorded for the shortage radar");
            }
        });
    }
}
