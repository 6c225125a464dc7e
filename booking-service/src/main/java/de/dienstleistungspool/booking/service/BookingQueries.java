package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingRepository;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.domain.BookingTransition;
import de.dienstleistungspool.booking.domain.BookingTransitionRepository;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Answers what a member may see: its bookings as requester and as provider, and their audit trails; every other
 * member's booking is reported as not found. The coordinator reads every booking of its region.
 */
@ApplicationScoped
public class BookingQueries {

    @Inject
    BookingRepository bookings;

    @Inject
    BookingTransitionRepository transitions;

    @Inject
    Caller caller;

    /** One page of the caller's member's bookings and the total count. */
    public Paged<Booking> mine(String role, BookingStatus status, Instant from, Instant to, int page, int size) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw ProblemException.badRequest("invalid-period", "'to' must be after 'from'");
        }
        PanacheQuery<Booking> q = bookings.ofMember(caller.memberId(), role, status, from, to);
        return Paged.of(q, page, size);
    }

    public Booking visible(UUID id) {
        Booking b = bookings.findById(id);
        if (b == null || !(b.isConsumer(caller.memberId()) || b.isProvider(caller.memberId())
                || caller.isCoordinatorOf(b.regionId))) {
            throw ProblemException.notFound("Booking", id);
        }
        return b;
    }

    public List<BookingTransition> history(UUID id) {
        return transitions.history(visible(id).id);
    }

    /** The bookings of a series the caller's member requested or provides. */
    public List<Booking> series(UUID seriesId) {
        List<Booking> found = bookings.list("seriesId = ?1 and (consumerMemberId = ?2 or providerMemberId = ?2) "
                + "order by startAt", seriesId, caller.memberId());
        if (found.isEmpty()) {
            throw ProblemException.notFound("Booking series", seriesId);
        }
        return found;
    }
}
