package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.QuantityUnit;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.booking.domain.SettlementMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a dispatcher asks for: an offer, a period, how to settle, for a service job the site and scope, and the
 * client's own reference (order number and cost centre) that settlement carries onto ledger lines and invoices.
 */
public record BookingDraft(UUID offerId, Instant start, Instant end, SettlementMode settlementMode, Sector sector,
                           String site, BigDecimal scopeQuantity, QuantityUnit scopeUnit, String note,
                           String externalReference, String costCentre) {

    /** A draft without the client's reference (workflows that book on a member's behalf). */
    public BookingDraft(UUID offerId, Instant start, Instant end, SettlementMode settlementMode, Sector sector,
                        String site, BigDecimal scopeQuantity, QuantityUnit scopeUnit, String note) {
        this(offerId, start, end, settlementMode, sector, site, scopeQuantity, scopeUnit, note, null, null);
    }

    public BookingDraft withPeriod(Instant newStart, Instant newEnd) {
        return new BookingDraft(offerId, newStart, newEnd, settlementMode, sector, site, scopeQuantity, scopeUnit, note,
                externalReference, costCentre);
    }
}
