package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.config.BookingConfig;
import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.domain.Offer;
import de.dienstleistungspool.booking.domain.OfferKind;
import de.dienstleistungspool.booking.domain.OfferRepository;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The rules a booking request must satisfy before it reaches the database: who may book which offer, for which
 * period, settled how; the no-overlap and blackout rules are the database's.
 */
@Singleton
public class BookingPolicy {

    @Inject
    OfferRepository offers;

    @Inject
    Caller caller;

    @Inject
    BookingConfig config;

    /** The offer, if the caller's member may book it at all. */
    public Offer bookableOffer(UUID offerId) {
        OfferRepository.Bookable found = offers.findBookable(offerId, caller.memberId()).orElse(null);
        if (found == null || !found.offer().regionId.equals(caller.regionId())) {
            throw ProblemException.notFound("Offer", offerId);
        }
        Offer offer = found.offer();
        if (offer.ownerMemberId.equals(caller.memberId())) {
            throw ProblemException.unprocessable("own-offer", "A member cannot book its own offer " + offerId);
        }
        if (found.regionDeactivated()) {
            throw regionDeactivated();
        }
        if (found.memberLeft()) {
            throw ProblemException.forbidden("Your member has left the pool and can no longer book");
        }
        if (found.ownerLeft()) {
            throw ProblemException.conflict("offer-unavailable", "The owner of offer " + offerId + " has left the pool");
        }
        if (!offer.isActive()) {
            throw ProblemException.conflict("offer-unavailable",
                    "Offer " + offerId + " is " + offer.status + " and cannot be booked");
        }
        return offer;
    }

    /** The refusal of a booking in a region the platform operator deactivated. */
    public static ProblemException regionDeactivated() {
        return ProblemException.conflict("region-deactivated", "The pool of your region was deactivated; it takes no new bookings");
    }

    /** Checks the period against the policy's limits. */
    public void checkPeriod(Instant start, Instant end, Instant now) {
        if (!end.isAfter(start)) {
            throw ProblemException.badRequest("invalid-period", "The period must end after it starts (start " + start
                    + ", end " + end + ")");
        }
        if (Duration.between(start, end).compareTo(config.maxPeriod()) > 0) {
            throw ProblemException.badRequest("period-too-long", "A single booking may last at most "
                    + config.maxPeriod().toDays() + " days; book longer needs as a series");
        }
        if (start.isBefore(now.minus(config.maxBackdating()))) {
            throw ProblemException.badRequest("period-in-past", "The period may start at most "
                    + config.maxBackdating().toDays() + " days in the past");
        }
        if (start.isAfter(now.plus(config.maxAdvance()))) {
            throw ProblemException.badRequest("period-too-far", "The period may start at most "
                    + config.maxAdvance().toDays() + " days ahead");
        }
    }

    /** A new booking of the offer by the caller's member, validated but not yet stored. */
    public Booking prepare(Offer offer, BookingDraft d, UUID seriesId, Instant now) {
        Booking b = prepareFor(offer, d, caller.memberId(), caller.subject(), now);
        b.seriesId = seriesId;
        return b;
    }

    /**
     * A new booking of the offer by the given member, validated but not yet stored; for bookings a workflow makes on
     * a member's behalf (a waitlist entry's held slot).
     */
    public Booking prepareFor(Offer offer, BookingDraft d, UUID consumerMemberId, String requestedBy, Instant now) {
        checkPeriod(d.start(), d.end(), now);
        if (!offer.accepts(d.settlementMode())) {
            throw ProblemException.unprocessable("settlement-mode-not-accepted", "Offer " + offer.id
                    + " accepts only " + offer.settlementModes + ", not " + d.settlementMode());
        }
        Booking b = new Booking();
        b.id = UUID.randomUUID();
        b.offerId = offer.id;
        b.offerKind = offer.kind;
        b.offerTitle = offer.title;
        b.offerUnit = offer.unit;
        b.category = offer.category;
        b.sector = sectorOf(offer, d.sector());
        b.regionId = offer.regionId;
        b.providerMemberId = offer.ownerMemberId;
        b.consumerMemberId = consumerMemberId;
        b.startAt = d.start();
        b.endAt = d.end();
        b.bufferMinutes = offer.bufferMinutes;
        b.status = offer.autoConfirm ? BookingStatus.CONFIRMED : BookingStatus.REQUESTED; // the policy confirms at once
        b.settlementMode = d.settlementMode();
        b.note = d.note();
        b.externalReference = blankToNull(d.externalReference());
        b.costCentre = blankToNull(d.costCentre());
        if (offer.kind == OfferKind.SERVICE) {
            if (d.site() == null || d.site().isBlank() || d.scopeQuantity() == null || d.scopeUnit() == null) {
                throw ProblemException.badRequest("service-job-incomplete",
                        "A service booking needs a site and a scope (scopeQuantity and scopeUnit)");
            }
            if (d.scopeQuantity().compareTo(BigDecimal.ZERO) <= 0) {
                throw ProblemException.badRequest("invalid-scope", "The scope quantity must be positive");
            }
            b.site = d.site().strip();
            b.scopeQuantity = d.scopeQuantity();
            b.scopeUnit = d.scopeUnit();
        }
        b.requestedBy = requestedBy;
        b.createdAt = now;
        b.updatedAt = now;
        return b;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Sector sectorOf(Offer offer, Sector requested) {
        if (requested == null) {
            if (offer.sectors.size() != 1) {
                throw ProblemException.badRequest("sector-required", "Offer " + offer.id + " serves "
                        + offer.sectors + "; say which sector this booking belongs to");
            }
            return Sector.valueOf(offer.sectors.get(0));
        }
        if (!offer.serves(requested)) {
            throw ProblemException.unprocessable("sector-not-served", "Offer " + offer.id + " serves only "
                    + offer.sectors + ", not " + requested);
        }
        return requested;
    }
}
