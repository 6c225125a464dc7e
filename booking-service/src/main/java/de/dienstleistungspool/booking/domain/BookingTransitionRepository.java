package de.dienstleistungspool.booking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * Appends to and reads a booking's audit trail.
 */
@Singleton
public class BookingTransitionRepository implements PanacheRepositoryBase<BookingTransition, Long> {

    public void append(BookingTransition t) {
        persist(t);
    }

    public List<BookingTransition> history(UUID bookingId) {
        return list("bookingId = ?1 order by id", bookingId);
    }
}
