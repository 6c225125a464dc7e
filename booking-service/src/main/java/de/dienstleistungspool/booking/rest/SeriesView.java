package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.service.SeriesConflict;
import java.util.List;
import java.util.UUID;

/**
 * A booked rota: the bookings made and the occurrences skipped because they conflicted.
 */
public record SeriesView(UUID seriesId, List<BookingView> bookings, List<SeriesConflict> skipped) {
}
