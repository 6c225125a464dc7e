package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingRepository;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
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

    public BookingQueries.PageOf list(Filter f, int page, int size) {
        if (f.from() != null && f.to() != null && !f.to().isAfter(f.from())) {
            throw ProblemException.badRequest("invalid-period", "'to' must be after 'from'");
        }
        StringBuilder q = new StringBuilder("regionId = :region");
        Parameters p = Parameters.with("region", caller.regionId());
        if (f.status() != null) {
            q.append(" and status = :status");
            p.and("status", f.status());
        }
        if (f.from() != null) {
            q.append(" and endAt > :from");
            p.and("from", f.from());
        }
        if (f.to() != null) {
            q.append(" and startAt < :to");
            p.and("to", f.to());
        }
        if (f.offerId() != null) {
            q.append(" and offerId = :offer");
            p.and("offer", f.offerId());
        }
        if (f.memberId() != null) {
            q.append(" and (consumerMemberId = :member or providerMemberId = :member)");
            p.and("member", f.memberId());
        }
        if (f.category() != null) {
            q.append(" and category = :category");
            p.and("category", f.category());
        }
        if (f.sector() != null) {
            q.append(" and sector = :sector");
            p.and("sector", f.sector());
        }
        if (f.emergency() != null) {
            q.append(" and emergency = :emergency");
            p.and("emergency", f.emergency());
        }
        PanacheQuery<Booking> query = bookings.find(q.append(" order by startAt, id").toString(), p);
        return new BookingQueries.PageOf(query.page(Page.of(page, size)).list(), query.count());
    }
}
