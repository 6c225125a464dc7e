package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.domain.EquivalentOffers;
import de.dienstleistungspool.booking.domain.MemberRepository;
import de.dienstleistungspool.booking.domain.Offer;
import de.dienstleistungspool.booking.domain.OfferRepository;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * "Nearest free unit, now" (a Rohrbruch on Saturday night): books the nearest free offer of the category and sector
 * whose owner allows emergency use, confirmed at once; its owner's on-call contact is alerted through the event. If
 * none is free, the answer names the offers that become free soonest.
 */
@ApplicationScoped
public class EmergencyRequests {

    /** The actor recorded for the confirmation an emergency request gives itself. */
    public static final String ACTOR = "emergency";

    /** How many free candidates are tried before the request gives up (each may be taken concurrently). */
    private static final int CANDIDATES = 5;

    @Inject
    EquivalentOffers equivalents;

    @Inject
    OfferRepository offers;

    @Inject
    MemberRepository members;

    @Inject
    BookingPolicy policy;

    @Inject
    Placements placements;

    @Inject
    Caller caller;

    /** What an emergency request asks for: a category and sector, where, when, and how it is settled. */
    public record Need(String category, de.dienstleistungspool.booking.domain.Sector sector, double latitude,
                       double longitude, BookingDraft draft) {
    }

    /** The booked offer, how far it is, and whom the requester can call. */
    public record Dispatched(Booking booking, Offer offer, EquivalentOffers.Candidate candidate) {
    }

    /** Thrown when no emergency-enabled offer is free; names those that become free soonest. */
    public static class NoneFree extends RuntimeException {

        private final transient List<EquivalentOffers.Candidate> soonest;

        NoneFree(String detail, List<EquivalentOffers.Candidate> soonest) {
            super(detail);
            this.soonest = soonest;
        }

        public List<EquivalentOffers.Candidate> soonest() {
            return soonest;
        }
    }

    @Transactional
    public Dispatched request(Need need) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        BookingDraft d = need.draft();
        policy.checkPeriod(d.start(), d.end(), now);
        if (members.hasLeft(caller.memberId())) {
            throw ProblemException.forbidden("Your member has left the pool and can no longer book");
        }
        if (members.regionDeactivated(caller.regionId())) {
            throw BookingPolicy.regionDeactivated();
        }
        EquivalentOffers.Need wanted = new EquivalentOffers.Need(caller.regionId(), need.category(), need.sector(),
                d.settlementMode(), caller.memberId(), d.start(), d.end(), need.latitude(), need.longitude(), null, true);
        for (EquivalentOffers.Candidate c : equivalents.free(wanted, CANDIDATES)) {
            Offer offer = offers.findById(c.offerId());
            Booking b;
            try {
                b = policy.prepare(offer, new BookingDraft(offer.id, d.start(), d.end(), d.settlementMode(), need.sector(),
                        d.site(), d.scopeQuantity(), d.scopeUnit(), d.note()), null, now);
            } catch (ProblemException unsuitable) {
                continue; // e.g. a service job without a scope: try the next one
            }
            b.emergency = true;
            List<BookingAudit.Step> steps = List.of(
                    new BookingAudit.Step(BookingStatus.REQUESTED, caller.subject(), caller.memberId(), "emergency request"),
                    new BookingAudit.Step(BookingStatus.CONFIRMED, ACTOR, null,
                            "emergency request: confirmed at once, the owner's on-call contact is alerted"));
            if (placements.place(b, steps)) {
                return new Dispatched(b, offer, c);
            }
        }
        throw new NoneFree("No offer of category " + need.category() + " for " + need.sector()
                + " that allows emergency use is free for " + d.start() + "/" + d.end() + " in your region",
                equivalents.soonestFree(wanted, 3));
    }
}
