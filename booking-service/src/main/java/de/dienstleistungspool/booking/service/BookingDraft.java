package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.QuantityUnit;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.booking.domain.SettlementMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a dispatcher asks for: an offer, a period, how to settle, and for a service job the site and scope.
 */
public record BookingDraft(UUID offerId, Instant start, Instant end, SettlementMode settlementMode, Sector sector,
                           String site, BigDecimal scopeQuantity, QuantityUnit scopeUnit, String note) {

    public BookingDraft withPeriod(Instant newStart, Instant newEnd) {
        return new BookingDraft(offerId, newStart, newEnd, settlementMode, sector, site, scopeQuantity, scopeUnit, note);
    }
}
