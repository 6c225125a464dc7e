package de.dienstleistungspool.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Reads and writes {@link Booking} rows.
 */
@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<Booking, UUID> {
}
