package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingRepository;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * The coordinator's read-only view of the region's bookings: every member's, filtered, so it can watch the pool and
 * treat all members equally; it changes none of them.
 */
@ApplicationScoped
public class RegionBookings {

    @Inject
    BookingRepository bookings;

    @Inject
    Caller caller;

    /** What to list; null filters do not filter. {@code memberId} matches either side of a booking. */
    public record Filter(BookingStatus status, Instant from, Instant to, UUID offerId, UUID memberId, String category,
                         Sector sector, Boolean emergency) {
    }

    /** One page of the region's bookings that pass the filter. */
    public Paged<Booking> list(Filter f, int page, int size) {
        if (f.from() != null && f.to() != null && !f.to().isAfter(f.from())) {
            throw ProblemException.badRequest("invalid-period", "'to' must be after 'from'");
        }
        return Paged.of(bookings.ofRegion(caller.regionId(), f.status(), f.from(), f.to(), f.offerId(), f.memberId(),
                f.category(), f.sector(), f.emergency()), page, size);
    }
}
