package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.domain.ClosedYearRepository;
import de.dienstleistungspool.municipality.settlement.domain.EntryKind;
import de.dienstleistungspool.municipality.settlement.domain.LedgerLine;
import de.dienstleistungspool.municipality.settlement.domain.LedgerLineRepository;
import de.dienstleistungspool.municipality.settlement.domain.Payment;
import de.dienstleistungspool.municipality.settlement.domain.SettlementMode;
import de.dienstleistungspool.municipality.settlement.domain.Side;
import de.dienstleistungspool.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reads what an invoice bills from the ledger or the stored year-end close: a monetary booking (the provider invoices
 * the consumer at the valued rate) or a year-end payment (the creditor invoices the debtor, either of them possibly
 * the pool).
 */
@ApplicationScoped
public class InvoiceDrafts {

    @Inject
    LedgerLineRepository ledger;

    @Inject
    ClosedYearRepository closedYears;

    /** The provider's usage line of a monetary booking, or 404. */
    public LedgerLine bookingLine(UUID bookingId) {
        return ledger.ofBooking(bookingId).stream()
                .filter(x -> x.side == Side.CREDIT && x.entryKind == EntryKind.USAGE && x.settlementMode == SettlementMode.MONETARY)
                .findFirst().orElseThrow(() -> ProblemException.notFound("Monetary booking", bookingId));
    }

    /** Whether the booking's ledger entry was reversed (a correction that calls for a credit note). */
    public boolean isReversed(LedgerLine line) {
        return ledger.isReversed(line.entryId);
    }

    /** The draft of a booking's invoice; 409 while the line has no value yet. */
    public InvoiceDraft booking(LedgerLine l) {
        if (!l.isValued()) {
            throw ProblemException.conflict("rate-missing", "Booking " + l.bookingId + " is not yet valued: region has no rate for "
                    + l.sector + "/" + l.category + " (" + l.unit + ") in " + l.year + "; it is valued when the coordinator publishes that year's rates");
        }
        LocalDate end = l.usageEnd.atZone(LedgerService.BERLIN).toLocalDate();
        LocalDate start = l.usageStart == null ? end : l.usageStart.atZone(LedgerService.BERLIN).toLocalDate();
        return new InvoiceDraft(l.regionId, l.bookingId, null, l.memberId, l.counterpartyId, l.sector, start, end,
                new InvoiceDraft.Line(l.offerTitle == null ? l.category : l.offerTitle, "Buchung " + l.bookingId + ", Kategorie " + l.category,
                        l.unit.unece(), l.quantity, l.valueRate()),
                "Leistung aus dem Dienstleistungspool, Buchung " + l.bookingId + ", Verrechnungssatz " + l.year
                        + (l.externalReference == null ? "" : ", Ihr Zeichen " + l.externalReference)
                        + (l.costCentre == null ? "" : ", Haushaltsstelle " + l.costCentre),
                l.externalReference, l.costCentre);
    }

    /** A stored year-end payment with its region and year, or 404. */
    public record StoredPayment(Payment payment, UUID regionId, int year) {
    }

    public StoredPayment payment(UUID paymentId) {
        Payment p = closedYears.payment(paymentId).orElseThrow(() -> ProblemException.notFound("Payment", paymentId));
        Object[] owner = closedYears.paymentOwner(paymentId);
        return new StoredPayment(p, (UUID) owner[0], ((Number) owner[1]).intValue());
    }

    /**
     * The draft of a year-end payment's invoice: the payee invoices the payer; in the multilateral netting one of them
     * is the pool (null), which invoices a member's net debt or is invoiced for a member's net credit.
     */
    public InvoiceDraft payment(StoredPayment stored) {
        Payment p = stored.payment();
        int year = stored.year();
        String scheme = p.netting() == Payment.Netting.MULTILATERAL ? "multilateraler Ausgleich über den Pool" : "bilateraler Ausgleich";
        return new InvoiceDraft(stored.regionId(), null, p.id(), p.payeeId(), p.payerId(), p.sector(),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                new InvoiceDraft.Line("Jahresausgleich nicht-monetärer Leistungen " + year, p.sector().german() + ", Saldo laut Jahresabschluss",
                        "C62", BigDecimal.ONE, p.amount()),
                "Ausgleich des Saldos gegenseitiger Leistungen " + year + " (" + p.sector().german() + ", " + scheme
                        + ") laut Jahresabschluss des Pools", null, null);
    }
}
