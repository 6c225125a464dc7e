package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.platform.audit.AuditTrail;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import de.dienstleistungspool.pool.domain.Blackout;
import de.dienstleistungspool.pool.domain.BlackoutRepository;
import de.dienstleistungspool.pool.domain.BusyPeriodRepository;
import de.dienstleistungspool.pool.domain.Offer;
import de.dienstleistungspool.pool.domain.OfferRepository;
import de.dienstleistungspool.pool.domain.OfferStatus;
import de.dienstleistungspool.pool.messaging.PoolEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Owners block periods of their offers; the answer names the bookings a new blackout hits, which booking-service
 * withdraws when it learns of the blackout, unless the owner chose to have the blackout refused while they stand.
 */
@ApplicationScoped
public class BlackoutService {

    @Inject
    AuditTrail audit;

    @Inject
    OfferService offerService;

    @Inject
    OfferRepository offers;

    @Inject
    BlackoutRepository blackouts;

    @Inject
    BusyPeriodRepository busy;

    @Inject
    PoolEvents events;

    @Inject
    Caller caller;

    @Transactional
    public BlackoutView add(UUID offerId, BlackoutRequest request) {
        Periods.check("A blackout", request.start(), request.end());
        Offer offer = offerService.ownedForChange(offerId);
        if (offer.status == OfferStatus.RETIRED) {
            throw ProblemException.conflict("offer-retired", "Offer " + offerId + " is retired");
        }
        if (blackouts.overlapsAny(offerId, request.start(), request.end())) {
            throw ProblemException.conflict("blackout-overlap", "Offer " + offerId
                    + " already has a blackout overlapping " + request.start() + " – " + request.end());
        }
        List<BookingRef> standing = busy.blocking(List.of(offerId), request.start(), request.end()).stream()
                .filter(p -> !"COMPLETED".equals(p.status)).map(OfferMapper::booking).toList();
        if (request.onBookings() == BlackoutRequest.OnBookings.REFUSE && !standing.isEmpty()) {
            throw ProblemException.conflict("blackout-hits-bookings", "The blackout " + request.start() + " – "
                    + request.end() + " hits " + standing.size() + " booking(s) of offer " + offerId + ": "
                    + standing.stream().map(r -> r.bookingId() + " (" + r.status() + " " + r.start() + " – " + r.end() + ")")
                            .collect(java.util.stream.Collectors.joining(", "))
                    + "; withdraw them (onBookings WITHDRAW) or choose another period");
        }
        Blackout b = new Blackout();
        b.id = UUID.randomUUID();
        b.offerId = offerId;
        b.start = request.start();
        b.end = request.end();
        b.reason = request.reason().strip();
        b.createdBy = caller.subject() == null ? caller.memberId().toString() : caller.subject();
        b.createdAt = OfferService.now();
        blackouts.persist(b);
        events.blackout("BlackoutAdded", offer, b, b.createdAt);
        return view(b, standing);
    }

    @Transactional
    public void remove(UUID offerId, UUID blackoutId) {
        Offer offer = offerService.ownedForChange(offerId);
        Blackout b = blackouts.findByIdOptional(blackoutId).filter(x -> x.offerId.equals(offerId))
                .orElseThrow(() -> ProblemException.notFound("Blackout", blackoutId));
        // the record shows what every reader of the offer may see of a blackout (its reason stays the owner's)
        audit.record(OfferService.AUDIT_TYPE, offerId.toString(), "BlackoutRemoved", publicView(b), null);
        blackouts.delete(b);
        events.blackout("BlackoutRemoved", offer, b, OfferService.now());
    }

    public List<BlackoutView> list(UUID offerId) {
        Offer offer = offers.findInRegion(offerId, caller.regionId()).orElseThrow(() -> ProblemException.notFound("Offer", offerId));
        boolean owner = offer.ownedBy(caller.memberId());
        return blackouts.listOf(offerId).stream()
                .map(b -> owner ? view(b, null) : publicView(b))
                .toList();
    }

    private static BlackoutView publicView(Blackout b) {
        return new BlackoutView(b.id, b.offerId, b.start, b.end, null, null, null, null);
    }

    static BlackoutView view(Blackout b, List<BookingRef> hits) {
        return new BlackoutView(b.id, b.offerId, b.start, b.end, b.reason, b.createdBy, b.createdAt, hits);
    }
}
