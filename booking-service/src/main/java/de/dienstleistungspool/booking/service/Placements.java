package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingRepository;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Inserts the bookings that a workflow rather than a plain request creates (a waitlist entry's held slot, a rebooking,
 * an emergency booking) with their audit trail and events; the exclusion constraints decide, as for every booking.
 */
@Singleton
public class Placements {

    @Inject
    BookingRepository bookings;

    @Inject
    BookingAudit audit;

    /**
     * Inserts the booking passing through the given statuses, then the workflow's own columns.
     *
     * @return false, with nothing written, if an active booking of the offer or of its person occupies the period
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean place(Booking b, List<BookingAudit.Step> steps) {
        BookingAudit.Trail trail = audit.inserted(b, steps);
        bookings.flush(); // the insert must see this transaction's earlier changes (e.g. the booking that freed the slot)
        boolean inserted;
        try {
            inserted = bookings.insertIfFree(b, trail.lines(), trail.events());
        } catch (RuntimeException e) {
            throw DatabaseRefusals.translate(e, b);
        }
        if (inserted) {
            bookings.markWorkflow(b);
        }
        return inserted;
    }
}
