package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.config.BookingConfig;
import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingRepository;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.domain.QuantityUnit;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

/**
 * Moves a booking through its lifecycle on behalf of the owner (confirm, reject, start, complete, no-show) or the
 * requester (cancel), each under a row lock and recorded in the audit trail and the outbox.
 */
@ApplicationScoped
public class BookingTransitions {

    @Inject
    BookingRepository bookings;

    @Inject
    BookingAudit audit;

    @Inject
    Caller caller;

    @Inject
    BookingConfig config;

    @Inject
    Waitlist waitlist;

    @Inject
    UsageBounds usageBounds;

    @Transactional
    public Booking confirm(UUID id, String reason) {
        return move(asProvider(id), Set.of(BookingStatus.REQUESTED), BookingStatus.CONFIRMED, reason);
    }

    @Transactional
    public Booking reject(UUID id, String reason) {
        return released(move(asProvider(id), Set.of(BookingStatus.REQUESTED), BookingStatus.REJECTED, reason));
    }

    /** Pick-up (equipment) or start of work (service, standby). */
    @Transactional
    public Booking start(UUID id, String reason) {
        Booking b = asProvider(id);
        Instant earliest = b.startAt.minus(config.startLead());
        if (b.status == BookingStatus.CONFIRMED && Instant.now().isBefore(earliest)) {
            throw ProblemException.conflict("start-too-early", "Booking " + id + " begins " + b.startAt
                    + "; its start can be recorded from " + earliest + " on (" + config.startLead().toHours() + " h before)");
        }
        return move(b, Set.of(BookingStatus.CONFIRMED), BookingStatus.IN_USE, reason);
    }

    /** Return (equipment) or completion (service, standby) with the actual usage that settlement values. */
    @Transactional
    public Booking complete(UUID id, BigDecimal quantity, QuantityUnit unit, String reason) {
        Booking b = asProviderOrCoordinator(id);
        if (unit != b.offerUnit) {
            throw ProblemException.unprocessable("usage-unit-mismatch", "Usage of this offer is measured in "
                    + b.offerUnit + ", not " + unit);
        }
        if (quantity.signum() < 0) {
            throw ProblemException.badRequest("invalid-usage", "The usage quantity must not be negative");
        }
        requireStatus(b, Set.of(BookingStatus.IN_USE), BookingStatus.COMPLETED);
        BigDecimal bound = usageBounds.plausibleMaximum(b);
        boolean coordinator = !b.isProvider(caller.memberId());
        if (quantity.compareTo(bound) > 0 && !coordinator) {
            throw ProblemException.unprocessable("usage-implausible", "Usage " + quantity.toPlainString() + " " + unit
                    + " exceeds what " + UsageBounds.describe(b) + " can have used (at most " + bound.stripTrailingZeros().toPlainString()
                    + " " + unit + " with overtime); the region's coordinator records larger usage with a reason");
        }
        if (coordinator && (reason == null || reason.isBlank())) {
            throw ProblemException.unprocessable("reason-required", "A coordinator completing booking " + id + " must give the reason");
        }
        b.usageQuantity = quantity;
        b.usageUnit = unit;
        return released(move(b, Set.of(BookingStatus.IN_USE), BookingStatus.COMPLETED, reason));
    }

    @Transactional
    public Booking noShow(UUID id, String reason) {
        Booking b = asProvider(id);
        if (Instant.now().isBefore(b.startAt)) {
            throw ProblemException.conflict("not-started-yet", "A no-show can be recorded only after the start " + b.startAt);
        }
        return released(move(b, Set.of(BookingStatus.CONFIRMED), BookingStatus.NO_SHOW, reason));
    }

    /** The requester cancels before the start; a cancellation shortly before it is recorded as late. */
    @Transactional
    public Booking cancel(UUID id, String reason) {
        Booking b = visibleForUpdate(id);
        if (!b.isConsumer(caller.memberId())) {
            throw ProblemException.forbidden("Only the requesting member can cancel booking " + id);
        }
        requireStatus(b, CANCELLABLE, BookingStatus.CANCELLED);
        Instant now = Instant.now();
        if (!now.isBefore(b.startAt)) {
            throw ProblemException.conflict("already-started", "Booking " + id + " started at " + b.startAt
                    + "; it can no longer be cancelled");
        }
        b.lateCancellation = Duration.between(now, b.startAt).compareTo(config.lateCancellation()) < 0;
        return released(move(b, CANCELLABLE, BookingStatus.CANCELLED, reason));
    }

    /** What the requester can cancel: a request, a confirmed booking, a held waitlist slot (declining it). */
    private static final Set<BookingStatus> CANCELLABLE = Set.of(BookingStatus.HELD, BookingStatus.REQUESTED,
            BookingStatus.CONFIRMED);

    /** The booking's period (or, when it ended early, the rest of it) is free again: the offer's waitlist gets it. */
    private Booking released(Booking b) {
        waitlist.released(b);
        return b;
    }

    private Booking move(Booking b, Set<BookingStatus> from, BookingStatus to, String reason) {
        requireStatus(b, from, to);
        BookingStatus previous = b.status;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        b.status = to;
        b.holdExpiresAt = to == BookingStatus.HELD ? b.holdExpiresAt : null;
        b.updatedAt = now;
        audit.record(b, previous, caller.subject(), caller.memberId(), reason, now);
        return b;
    }

    private static void requireStatus(Booking b, Set<BookingStatus> from, BookingStatus to) {
        if (!from.contains(b.status)) {
            throw ProblemException.conflict("invalid-transition", "Booking " + b.id + " is " + b.status
                    + " and cannot become " + to + " (only from " + from + ")");
        }
    }

    private Booking asProvider(UUID id) {
        Booking b = visibleForUpdate(id);
        if (!b.isProvider(caller.memberId())) {
            throw ProblemException.forbidden("Only the offer's owner can do this for booking " + id);
        }
        return b;
    }

    /** The owner's works staff, or the coordinator of the booking's region (for usage beyond the plausible bound). */
    private Booking asProviderOrCoordinator(UUID id) {
        Booking b = bookings.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Booking", id));
        if (b.isProvider(caller.memberId()) && caller.hasRole(de.dienstleistungspool.platform.security.Roles.WORKS_STAFF)) {
            return b;
        }
        if (caller.isCoordinatorOf(b.regionId)) {
            return b;
        }
        if (!b.isProvider(caller.memberId()) && !b.isConsumer(caller.memberId())) {
            throw ProblemException.notFound("Booking", id);
        }
        throw ProblemException.forbidden("Only the offer's owner or the region's coordinator can complete booking " + id);
    }

    private Booking visibleForUpdate(UUID id) {
        Booking b = bookings.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Booking", id));
        if (!b.isProvider(caller.memberId()) && !b.isConsumer(caller.memberId())) {
            throw ProblemException.notFound("Booking", id);
        }
        return b;
    }
}
