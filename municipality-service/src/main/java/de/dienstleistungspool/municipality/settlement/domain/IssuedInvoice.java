package de.dienstleistungspool.municipality.settlement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice or credit note as it was issued: its number in the region's series of the issue year, what it bills
 * (a booking or a year-end payment), the parties (a null seller or buyer is the pool) and the XML exactly as issued.
 */
public record IssuedInvoice(UUID id, UUID regionId, int year, int sequence, String number, String typeCode, UUID bookingId,
                            UUID paymentId, UUID correctsInvoiceId, UUID sellerId, UUID buyerId, Sector sector,
                            BigDecimal netAmount, LocalDate issueDate, Instant issuedAt, String issuedBy, byte[] xml) {

    /** UNTDID 1001 document type of an invoice. */
    public static final String INVOICE = "380";
    /** UNTDID 1001 document type of a credit note. */
    public static final String CREDIT_NOTE = "381";

    public boolean isCreditNote() {
        return CREDIT_NOTE.equals(typeCode);
    }
}
