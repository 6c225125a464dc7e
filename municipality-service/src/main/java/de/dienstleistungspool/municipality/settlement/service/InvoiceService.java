package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.domain.InvoiceRepository;
import de.dienstleistungspool.municipality.settlement.domain.IssuedInvoice;
import de.dienstleistungspool.municipality.settlement.domain.LedgerLine;
import de.dienstleistungspool.municipality.settlement.messaging.SettlementEvents;
import de.dienstleistungspool.platform.outbox.Outbox;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Issues invoices once: the first issue of a booking's or a year-end payment's invoice gives it the next number of the
 * region's series for the issue year and stores the XML; every later issue and every download answers that stored
 * document. A correction is a credit note (381) naming the invoice it corrects, issued once per invoice.
 */
@ApplicationScoped
public class InvoiceService {

    @Inject
    InvoiceRepository invoices;

    @Inject
    InvoiceDrafts drafts;

    @Inject
    XRechnungWriter writer;

    @Inject
    SettlementAccess access;

    @Inject
    Outbox outbox;

    /** The stored invoice and whether this call issued it (false: it had been issued before). */
    public record Issued(IssuedInvoice invoice, boolean created) {
    }

    /** Issues the invoice of a monetary booking (the provider invoices the consumer), or answers the one issued before. */
    @Transactional
    public Issued issueForBooking(UUID bookingId) {
        LedgerLine line = drafts.bookingLine(bookingId);
        access.requireParty(line.regionId, line.memberId, line.counterpartyId, "Monetary booking", bookingId);
        return issue(line.regionId, () -> invoices.ofBooking(bookingId), () -> {
            if (drafts.isReversed(line)) {
                throw ProblemException.conflict("reversed", "The ledger entry of booking " + bookingId + " was reversed; there is nothing to invoice");
            }
            return drafts.booking(line);
        }, null);
    }

    /** Issues the invoice of a year-end payment (the payee invoices the payer), or answers the one issued before. */
    @Transactional
    public Issued issueForPayment(UUID paymentId) {
        InvoiceDrafts.StoredPayment p = drafts.payment(paymentId);
        access.requireParty(p.regionId(), p.payment().payerId(), p.payment().payeeId(), "Payment", paymentId);
        return issue(p.regionId(), () -> invoices.ofPayment(paymentId), () -> drafts.payment(p), null);
    }

    /**
     * Issues the credit note that cancels an invoice whose booking was reversed in the ledger, or answers the one issued
     * before; year-end payments are final and get none.
     */
    @Transactional
    public Issued issueCreditNote(UUID invoiceId) {
        IssuedInvoice original = visible(invoiceId);
        if (original.isCreditNote()) {
            throw ProblemException.conflict("credit-note-of-credit-note", original.number() + " is a credit note; only an invoice is corrected by one");
        }
        if (original.bookingId() == null) {
            throw ProblemException.conflict("payment-final", original.number() + " bills a payment of a closed year; "
                    + "a closed year's payments are final and are not credited");
        }
        return issue(original.regionId(), () -> invoices.creditNoteOf(invoiceId), () -> {
            LedgerLine line = drafts.bookingLine(original.bookingId());
            if (!drafts.isReversed(line)) {
                throw ProblemException.conflict("not-reversed", "Booking " + original.bookingId() + " stands in the ledger; book its reversal "
                        + "(POST /settlement/ledger/entries/" + line.entryId + "/reversals) before crediting invoice " + original.number());
            }
            return drafts.booking(line);
        }, original);
    }

    /** An issued invoice or credit note the caller may see, or 404. */
    @Transactional
    public IssuedInvoice visible(UUID invoiceId) {
        IssuedInvoice i = invoices.find(invoiceId).orElseThrow(() -> ProblemException.notFound("Invoice", invoiceId));
        access.requireParty(i.regionId(), i.sellerId(), i.buyerId(), "Invoice", invoiceId);
        return i;
    }

    /** The issued invoice of a booking, as stored. */
    @Transactional
    public IssuedInvoice ofBooking(UUID bookingId) {
        LedgerLine line = drafts.bookingLine(bookingId);
        access.requireParty(line.regionId, line.memberId, line.counterpartyId, "Monetary booking", bookingId);
        return invoices.ofBooking(bookingId).orElseThrow(() -> notIssued("Booking " + bookingId, "bookings/" + bookingId));
    }

    /** The issued invoice of a year-end payment, as stored. */
    @Transactional
    public IssuedInvoice ofPayment(UUID paymentId) {
        InvoiceDrafts.StoredPayment p = drafts.payment(paymentId);
        access.requireParty(p.regionId(), p.payment().payerId(), p.payment().payeeId(), "Payment", paymentId);
        return invoices.ofPayment(paymentId).orElseThrow(() -> notIssued("Payment " + paymentId, "payments/" + paymentId));
    }

    /** Under the region's series lock: the document issued before, else a new one with the next number. */
    private Issued issue(UUID regionId, Supplier<Optional<IssuedInvoice>> before, Supplier<InvoiceDraft> draft, IssuedInvoice corrects) {
        LocalDate today = LocalDate.now(LedgerService.BERLIN);
        int sequence = invoices.lockSeries(regionId, today.getYear());
        Optional<IssuedInvoice> existing = before.get();
        if (existing.isPresent()) {
            return new Issued(existing.get(), false);
        }
        InvoiceDraft d = draft.get();
        String number = number(today.getYear(), sequence);
        String type = corrects == null ? IssuedInvoice.INVOICE : IssuedInvoice.CREDIT_NOTE;
        byte[] xml = writer.write(d, new XRechnungWriter.Head(number, type, today,
                corrects == null ? null : corrects.number(), corrects == null ? null : corrects.issueDate()));
        IssuedInvoice issued = new IssuedInvoice(UUID.randomUUID(), regionId, today.getYear(), sequence, number, type,
                d.bookingId(), d.paymentId(), corrects == null ? null : corrects.id(), d.sellerId(), d.buyerId(), d.sector(),
                d.netAmount(), today, java.time.Instant.now(), access.actor(), xml);
        invoices.insert(issued);
        outbox.publish(new SettlementEvents.InvoiceIssued(UUID.randomUUID(), "InvoiceIssued", issued.issuedAt(), regionId,
                issued.id(), number, type, today.toString(), d.sellerId(), d.buyerId(), d.bookingId(), d.paymentId(),
                corrects == null ? null : corrects.id(), d.sector().name(), d.netAmount(), d.orderReference(), d.costCentre()));
        return new Issued(issued, true);
    }

    /** The invoice number: the region's series of the issue year, e.g. {@code DLP-2026-00042}. */
    static String number(int year, int sequence) {
        return String.format("DLP-%d-%05d", year, sequence);
    }

    private static ProblemException notIssued(String what, String path) {
        return new ProblemException(404, "not-issued", "Not issued", what + " has no issued invoice yet; "
                + "issue it with POST /settlement/invoices/" + path + " (its number is given when it is issued)");
    }
}
