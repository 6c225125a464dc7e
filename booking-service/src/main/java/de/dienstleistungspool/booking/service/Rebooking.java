package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingRepository;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.domain.Offer;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Re-dispatch after a withdrawal: the requester books an equivalent offer for the withdrawn booking's period in one
 * call; the new booking carries everything the original asked for and names it ({@code replacesBookingId}).
 */
@ApplicationScoped
public class Rebooking {

    @Inject
    BookingRepository bookings;

    @Inject
    BookingPolicy policy;

    @Inject
    Placements placements;

    @Inject
    BookingRequests requests;

    @Inject
    Caller caller;

    @Inject
    UnmetNeeds needs;

    /**
     * Books the offer in place of the withdrawn booking. The original is locked, so two rebookings of it wait for each
     * other and the second finds the first; a unique index on the replaced booking backs this up.
     */
    @Transactional
    public Booking rebook(UUID withdrawnId, UUID offerId, String reason) {
        Booking original = bookings.findForUpdate(withdrawnId).orElseThrow(() -> ProblemException.notFound("Booking", withdrawnId));
        if (!original.isConsumer(caller.memberId())) {
            if (original.isProvider(caller.memberId())) {
                throw ProblemException.forbidden("Only the requesting member can rebook booking " + withdrawnId);
            }
            throw ProblemException.notFound("Booking", withdrawnId);
        }
        if (original.status != BookingStatus.WITHDRAWN) {
            throw ProblemException.conflict("not-withdrawn", "Booking " + withdrawnId + " is " + original.status
                    + "; only a withdrawn booking is rebooked");
        }
        bookings.find("replacesBookingId = ?1 and status in ?2", withdrawnId, BookingStatus.ACTIVE).firstResultOptional()
                .ifPresent(r -> {
                    throw ProblemException.conflict("already-rebooked", "Booking " + withdrawnId
                            + " is already replaced by booking " + r.id + " (" + r.status + ")");
                });
        Offer offer = policy.bookableOffer(offerId);
        if (!offer.category.equals(original.category)) {
            throw ProblemException.unprocessable("not-equivalent", "Offer " + offerId + " is of category "
                    + offer.category + ", not " + original.category + " like the withdrawn booking");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Booking b = policy.prepare(offer, new BookingDraft(offerId, original.startAt, original.endAt,
                original.settlementMode, original.sector, original.site, original.scopeQuantity, original.scopeUnit,
                original.note, original.externalReference, original.costCentre), original.seriesId, now);
        b.replacesBookingId = original.id;
        List<BookingAudit.Step> steps = new ArrayList<>(2);
        steps.add(new BookingAudit.Step(BookingStatus.REQUESTED, caller.subject(), caller.memberId(),
                "rebooking of withdrawn booking " + original.id + (reason == null || reason.isBlank() ? "" : ": " + reason.strip())));
        if (offer.autoConfirm) {
            steps.add(new BookingAudit.Step(BookingStatus.CONFIRMED, BookingRequests.AUTO_CONFIRM, null,
                    "offer confirms automatically"));
        }
        try {
            if (!placements.place(b, steps)) {
                throw requests.overlap(b);
            }
        } catch (ProblemException refused) {
            needs.refused(b, refused);
            throw refused;
        }
        return b;
    }
}
