package de.dienstleistungspool.booking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Appends to and reads a booking's audit trail.
 */
@ApplicationScoped
public class BookingTransitionRepository implements PanacheRepositoryBase<BookingTransition, Long> {

    public List<BookingTransition> history(UUID bookingId) {
        return list("bookingId = ?1 order by id", bookingId);
    }
}
