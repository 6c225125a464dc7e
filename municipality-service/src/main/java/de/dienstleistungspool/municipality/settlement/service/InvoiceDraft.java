package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.domain.Sector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What an invoice bills, before it has a number: the source (a booking or a year-end payment), seller and buyer (a
 * null party is the pool), the sector that decides the tax, the service period, the one line and the note, and the
 * buyer's own order reference (BT-13) and cost centre from its booking (null for year-end payments).
 */
public record InvoiceDraft(UUID regionId, UUID bookingId, UUID paymentId, UUID sellerId, UUID buyerId, Sector sector,
                           LocalDate from, LocalDate to, Line line, String note, String orderReference, String costCentre) {

    /** The invoice line: what was provided, how much, at which net unit price. */
    public record Line(String name, String description, String uneceUnit, BigDecimal quantity, BigDecimal unitPrice) {
    }

    /** The net amount of the line, rounded to cents as the XRechnung totals are. */
    public BigDecimal netAmount() {
        return line.quantity().multiply(line.unitPrice()).setScale(2, RoundingMode.HALF_UP);
    }
}
