package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.pool.domain.BusyPeriod;
import de.dienstleistungspool.pool.domain.BusyPeriodRepository;
import de.dienstleistungspool.pool.domain.Offer;
import de.dienstleistungspool.pool.domain.OfferRepository;
import de.dienstleistungspool.pool.domain.OfferStatus;
import de.dienstleistungspool.pool.domain.OfferWindowRepository;
import de.dienstleistungspool.pool.messaging.PoolEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Pausing, resuming and retiring offers. Retiring an offer with open future bookings (known from the booking
 * projection) is refused unless the owner acknowledges them explicitly with {@code force}.
 */
@ApplicationScoped
public class OfferLifecycleService {

    @Inject
    OfferService offerService;

    @Inject
    OfferRepository offers;

    @Inject
    OfferWindowRepository windows;

    @Inject
    BusyPeriodRepository busy;

    @Inject
    PoolEvents events;

    @Transactional
    public OfferView pause(UUID id) {
        Offer offer = offerService.ownedForChange(id);
        requireStatus(offer, OfferStatus.ACTIVE, "paused");
        return change(offer, OfferStatus.PAUSED, "OfferPaused");
    }

    @Transactional
    public OfferView resume(UUID id) {
        Offer offer = offerService.ownedForChange(id);
        requireStatus(offer, OfferStatus.PAUSED, "resumed");
        return change(offer, OfferStatus.ACTIVE, "OfferResumed");
    }

    @Transactional
    public OfferView retire(UUID id, boolean force) {
        Offer offer = offerService.ownedForChange(id);
        if (offer.status == OfferStatus.RETIRED) {
            throw ProblemException.conflict("offer-retired", "Offer " + id + " is already retired");
        }
        List<BusyPeriod> open = busy.openAfter(id, Instant.now());
        if (!open.isEmpty() && !force) {
            throw ProblemException.conflict("offer-has-bookings", "Offer " + id + " has " + open.size()
                    + " open booking(s) that end in the future: " + OfferMapper.describe(open)
                    + ". Settle them with the requesters or retire with force=true to acknowledge them");
        }
        return change(offer, OfferStatus.RETIRED, "OfferRetired");
    }

    /** Retires every offer of a member that left the region (its history stays). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int retireAllOf(UUID memberId) {
        List<Offer> left = offers.lockActiveOf(memberId);
        for (Offer offer : left) {
            change(offer, OfferStatus.RETIRED, "OfferRetired");
        }
        return left.size();
    }

    private OfferView change(Offer offer, OfferStatus target, String eventType) {
        offer.status = target;
        offer.updatedAt = OfferService.now();
        offers.flush();
        events.offer(eventType, offer, offer.updatedAt);
        return OfferMapper.view(offer, windows.listOf(offer.id));
    }

    private static void requireStatus(Offer offer, OfferStatus expected, String action) {
        if (offer.status != expected) {
            throw ProblemException.conflict("offer-status", "Offer " + offer.id + " is " + offer.status
                    + " and cannot be " + action + " (only a " + expected + " offer can)");
        }
    }
}
