package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.FlushingCampaignConflict;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.booking.service.FlushingCampaigns;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A flushing campaign: the booking series it proposed per member and provider (their bookings as the providers
 * confirm them) and what it could not book.
 */
public record FlushingCampaignView(UUID id, int year, Sector sector, String createdBy, Instant createdAt,
                                   List<Series> series, List<Conflict> conflicts) {

    /** One member's job days with one provider's offer. */
    public record Series(UUID seriesId, UUID memberId, UUID offerId, BigDecimal distanceKm, List<BookingView> bookings) {
    }

    /** What could not be booked for a site, and why ({@code no-provider}, {@code no-capacity}, {@code booked}, {@code member-left}). */
    public record Conflict(UUID demandId, UUID memberId, String site, BigDecimal quantity, String reason, String detail,
                           Instant start, Instant end) {

        static Conflict of(FlushingCampaignConflict c) {
            return new Conflict(c.demandId, c.memberId, c.site, c.quantity, c.reason, c.detail, c.startAt, c.endAt);
        }
    }

    static FlushingCampaignView of(FlushingCampaigns.Details d) {
        return new FlushingCampaignView(d.campaign().id, d.campaign().year, d.campaign().sector, d.campaign().createdBy,
                d.campaign().createdAt, d.series().stream().map(s -> new Series(s.series().seriesId, s.series().memberId,
                s.series().offerId, s.series().distanceKm, s.bookings().stream().map(BookingView::of).toList())).toList(),
                d.conflicts().stream().map(Conflict::of).toList());
    }
}
