package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.domain.Booking;
import de.dienstleistungspool.notification.domain.BookingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Keeps the latest state of each booking, from its events, for the reminders.
 */
@ApplicationScoped
public class BookingProjection {

    @Inject
    BookingRepository bookings;

    /** Upserts the booking unless a later event of it was already applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(BookingFacts f, Instant occurredAt) {
        Booking found = bookings.findById(f.bookingId());
        if (found != null && found.lastEventAt.isAfter(occurredAt)) {
            return;
        }
        Booking b = found != null ? found : new Booking();
        b.bookingId = f.bookingId();
        b.offerId = f.offerId();
        b.offerTitle = f.offerTitle();
        b.offerKind = f.offerKind();
        b.providerMemberId = f.providerMemberId();
        b.consumerMemberId = f.consumerMemberId();
        b.startAt = f.start();
        b.endAt = f.end();
        b.status = f.status();
        b.site = f.site();
        b.lastEventAt = occurredAt;
        if (found == null) {
            bookings.persist(b);
        }
    }

    /** The facts of a stored booking, for reminders. */
    public static BookingFacts facts(Booking b) {
        return new BookingFacts(b.bookingId, b.offerId, b.offerTitle, b.offerKind, b.providerMemberId, b.consumerMemberId,
                b.startAt, b.endAt, b.status, b.site, null, null, null, null);
    }
}
