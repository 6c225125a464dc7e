package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.WaitlistEntry;
import java.time.Instant;
import java.util.UUID;

/** A waitlist entry as its member sees it; {@code bookingId} is the held (or claimed) slot once one was offered. */
public record WaitlistEntryView(UUID id, UUID offerId, Instant start, Instant end, String sector, String settlementMode,
                                String site, String note, Instant expiresAt, String status, UUID bookingId,
                                Instant createdAt, Instant updatedAt) {

    static WaitlistEntryView of(WaitlistEntry e) {
        return new WaitlistEntryView(e.id, e.offerId, e.startAt, e.endAt, e.sector.name(), e.settlementMode.name(),
                e.site, e.note, e.expiresAt, e.status.name(), e.bookingId, e.createdAt, e.updatedAt);
    }
}
