package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.config.BookingConfig;
import de.dienstleistungspool.booking.domain.BlackoutRepository;
import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingRepository;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.domain.OfferRepository;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A job takes longer than planned: the requester asks to extend a confirmed or running booking. It is granted at once
 * when the offer confirms automatically, otherwise when the owner confirms; either way only if the longer period
 * (buffer included) is free, which the exclusion constraints decide. A conflict names the booking in the way.
 */
@ApplicationScoped
public class Extensions {

    private static final Set<BookingStatus> EXTENSIBLE = Set.of(BookingStatus.CONFIRMED, BookingStatus.IN_USE);

    @Inject
    BookingRepository bookings;

    @Inject
    OfferRepository offers;

    @Inject
    BlackoutRepository blackouts;

    @Inject
    BookingAudit audit;

    @Inject
    BookingConfig config;

    @Inject
    Caller caller;

    /** The requester's dispatcher asks for a later end. */
    @Transactional
    public Booking request(UUID id, Instant newEnd, String reason) {
        Booking b = visibleForUpdate(id);
        if (!b.isConsumer(caller.memberId())) {
            throw ProblemException.forbidden("Only the requesting member can extend booking " + id);
        }
        if (!EXTENSIBLE.contains(b.status)) {
            throw ProblemException.conflict("invalid-transition", "Booking " + id + " is " + b.status
                    + "; only a CONFIRMED or IN_USE booking can be extended");
        }
        if (!newEnd.isAfter(b.endAt)) {
            throw ProblemException.badRequest("invalid-extension", "The new end " + newEnd + " must be after the current end " + b.endAt);
        }
        if (Duration.between(b.startAt, newEnd).compareTo(config.maxPeriod()) > 0) {
            throw ProblemException.badRequest("period-too-long", "A single booking may last at most "
                    + config.maxPeriod().toDays() + " days; book the rest as a new booking");
        }
        if (b.requestedEndAt != null) {
            throw ProblemException.conflict("extension-pending", "Booking " + id + " already has an extension until "
                    + b.requestedEndAt + " waiting for the owner");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (offers.findById(b.offerId).autoConfirm) {
            grant(b, newEnd, caller.subject(), caller.memberId(), reason, now);
        } else {
            b.requestedEndAt = newEnd;
            b.updatedAt = now;
            audit.recordChange(b, "BookingExtensionRequested", caller.subject(), caller.memberId(), reason, now,
                    BookingEvents.Extra.NONE);
        }
        return b;
    }

    /** The owner's works staff grant the requested extension, if the longer period is free. */
    @Transactional
    public Booking confirm(UUID id, String reason) {
        Booking b = pendingAsProvider(id);
        grant(b, b.requestedEndAt, caller.subject(), caller.memberId(), reason, Instant.now().truncatedTo(ChronoUnit.MICROS));
        return b;
    }

    /** The owner's works staff refuse the requested extension; the booking keeps its end. */
    @Transactional
    public Booking reject(UUID id, String reason) {
        Booking b = pendingAsProvider(id);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        b.requestedEndAt = null;
        b.updatedAt = now;
        audit.recordChange(b, "BookingExtensionRejected", caller.subject(), caller.memberId(), reason, now,
                BookingEvents.Extra.NONE);
        return b;
    }

    /**
     * Moves the end under an exclusive lock of the offer row, which booking inserts of the offer hold in share mode:
     * no insert of this offer runs meanwhile, so the look for the next booking sees what the update will meet.
     */
    private void grant(Booking b, Instant newEnd, String actor, UUID actorMember, String reason, Instant now) {
        offers.lockExclusively(b.offerId);
        Instant from = b.occupiedUntil();
        Instant to = newEnd.plusSeconds(60L * b.bufferMinutes);
        List<Booking> next = bookings.activeOverlapping(b.offerId, from, to).stream().filter(o -> !o.id.equals(b.id)).toList();
        if (!next.isEmpty()) {
            throw conflict(b, newEnd, "booking " + next.get(0).id + " occupies the offer from " + next.get(0).startAt);
        }
        if (b.personId != null) {
            List<Booking> busy = bookings.activeOfPerson(b.providerMemberId, b.personId, from, to).stream()
                    .filter(o -> !o.id.equals(b.id)).toList();
            if (!busy.isEmpty()) {
                throw conflict(b, newEnd, "the person it provides is booked from " + busy.get(0).startAt
                        + " (booking " + busy.get(0).id + ")");
            }
        }
        if (!offers.withinBookableHours(b.offerId, b.startAt, newEnd)) {
            throw conflict(b, newEnd, "the new end lies outside the offer's bookable hours");
        }
        if (!blackouts.overlapping(b.offerId, from, to).isEmpty()) {
            throw conflict(b, newEnd, "the offer is blacked out from " + blackouts.overlapping(b.offerId, from, to).get(0)[0]);
        }
        Instant previousEnd = b.endAt;
        b.endAt = newEnd;
        b.requestedEndAt = null;
        b.updatedAt = now;
        try {
            bookings.flush(); // the exclusion constraints check the longer period here
        } catch (PersistenceException e) {
            if (isExclusionViolation(e)) {
                throw conflict(b, newEnd, "another booking took the period meanwhile");
            }
            throw e;
        }
        audit.recordChange(b, "BookingExtended", actor, actorMember, reason, now, new BookingEvents.Extra(previousEnd, null));
    }

    private static ProblemException conflict(Booking b, Instant newEnd, String why) {
        return ProblemException.conflict("extension-conflict", "Booking " + b.id + " cannot be extended to " + newEnd
                + (b.bufferMinutes > 0 ? " (plus " + b.bufferMinutes + " min buffer)" : "") + ": " + why);
    }

    private static boolean isExclusionViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private Booking pendingAsProvider(UUID id) {
        Booking b = visibleForUpdate(id);
        if (!b.isProvider(caller.memberId())) {
            throw ProblemException.forbidden("Only the offer's owner decides on the extension of booking " + id);
        }
        if (b.requestedEndAt == null || !EXTENSIBLE.contains(b.status)) {
            throw ProblemException.conflict("no-extension-requested", "Booking " + id + " has no extension waiting for a decision");
        }
        return b;
    }

    private Booking visibleForUpdate(UUID id) {
        Booking b = bookings.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Booking", id));
        if (!b.isProvider(caller.memberId()) && !b.isConsumer(caller.memberId())) {
            throw ProblemException.notFound("Booking", id);
        }
        return b;
    }
}
