package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.pool.domain.Blackout;
import de.dienstleistungspool.pool.domain.BlackoutRepository;
import de.dienstleistungspool.pool.domain.BoardQuery;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The county board in one request: a page of the region's active offers nearest to the caller's depot and all their
 * busy periods in the window, read with four statements whatever the page size (offers, bookings, blackouts, windows).
 */
@ApplicationScoped
public class BoardService {

    /** A board shows a week or a month; longer windows belong to one offer's availability. */
    public static final Duration LONGEST_WINDOW = Duration.ofDays(42);

    @Inject
    BoardQuery board;

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
    Caller caller;

    /** The board's filters as given by the caller. */
    public record BoardRequest(Instant from, Instant to, OfferKind kind, String category, Sector sector,
                               Double radiusKm, int page, int size) {
    }

    public Paged<BoardRow> board(BoardRequest r) {
        Periods.check("The board window", r.from(), r.to());
        if (Duration.between(r.from(), r.to()).compareTo(LONGEST_WINDOW) > 0) {
            throw ProblemException.badRequest("invalid-period", "The board window may span at most 42 days");
        }
        if (r.radiusKm() != null && (r.radiusKm() <= 0 || r.radiusKm() > 1000)) {
            throw ProblemException.badRequest("invalid-radius", "radiusKm must lie in (0, 1000]");
        }
        Depot depot = depots.mainDepotOf(caller.memberId()).orElseThrow(() -> ProblemException.unprocessable("no-depot",
                "No depot of your member is known, so the board cannot be sorted by distance"));
        BoardQuery.Result rows = board.rows(new BoardQuery.Criteria(caller.regionId(), depot.latitude, depot.longitude,
                r.kind(), r.category(), r.sector(), r.radiusKm(), r.page(), r.size()));
        List<UUID> ids = rows.rows().stream().map(OfferSearch.Hit::offerId).toList();
        Map<UUID, Offer> byId = offers.listByIds(ids).stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        var windowsByOffer = windows.listOfAll(ids).stream().collect(Collectors.groupingBy(w -> w.offerId));
        Map<UUID, List<AvailabilityView.Busy>> taken = new HashMap<>();
        for (BusyPeriod b : busy.blocking(ids, r.from(), r.to())) {
            boolean party = byId.get(b.offerId).ownedBy(caller.memberId()) || caller.isMember(b.consumerMemberId);
            taken.computeIfAbsent(b.offerId, k -> new ArrayList<>()).add(new AvailabilityView.Busy(b.start,
                    b.occupiedUntil, "BOOKING", party ? b.bookingId : null, party ? b.status : null, null));
        }
        for (Blackout x : blackouts.overlapping(ids, r.from(), r.to())) {
            boolean owner = byId.get(x.offerId).ownedBy(caller.memberId());
            taken.computeIfAbsent(x.offerId, k -> new ArrayList<>()).add(new AvailabilityView.Busy(x.start, x.end,
                    "BLACKOUT", null, null, owner ? x.reason : null));
        }
        List<BoardRow> items = rows.rows().stream().map(h -> {
            List<AvailabilityView.Busy> list = taken.getOrDefault(h.offerId(), new ArrayList<>());
            list.sort(Comparator.comparing(AvailabilityView.Busy::start));
            return new BoardRow(OfferMapper.view(byId.get(h.offerId()), windowsByOffer.getOrDefault(h.offerId(), List.of())),
                    BigDecimal.valueOf(h.distanceMetres() / 1000.0).setScale(2, RoundingMode.HALF_UP), list);
        }).toList();
        return new Paged<>(items, r.page(), r.size(), rows.total());
    }
}
