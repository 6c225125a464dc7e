package de.dienstleistungspool.municipality.settlement.rest;

import de.dienstleistungspool.municipality.settlement.domain.IssuedInvoice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An issued invoice or credit note as the API describes it (the XML itself is served separately): number, type,
 * issue date, what it bills, the parties (null: the pool) and where its document is.
 */
public record InvoiceView(UUID id, String number, String typeCode, String kind, LocalDate issueDate, int year,
                          UUID bookingId, UUID paymentId, UUID correctsInvoiceId, UUID sellerId, UUID buyerId,
                          String sector, BigDecimal netAmount, Instant issuedAt, String document) {

    static InvoiceView of(IssuedInvoice i) {
        return new InvoiceView(i.id(), i.number(), i.typeCode(), i.isCreditNote() ? "CREDIT_NOTE" : "INVOICE", i.issueDate(),
                i.year(), i.bookingId(), i.paymentId(), i.correctsInvoiceId(), i.sellerId(), i.buyerId(), i.sector().name(),
                i.netAmount(), i.issuedAt(), "/settlement/invoices/" + i.id() + "/xml");
    }
}
