package de.dienstleistungspool.municipality.settlement.rest;

import de.dienstleistungspool.municipality.settlement.domain.EntryKind;
import de.dienstleistungspool.municipality.settlement.domain.LedgerLine;
import de.dienstleistungspool.municipality.settlement.domain.LedgerLineRepository;
import de.dienstleistungspool.municipality.settlement.domain.Payment;
import de.dienstleistungspool.municipality.settlement.domain.SettlementMode;
import de.dienstleistungspool.municipality.settlement.domain.Side;
import de.dienstleistungspool.municipality.settlement.domain.ClosedYearRepository;
import de.dienstleistungspool.municipality.settlement.service.LedgerService;
import de.dienstleistungspool.municipality.settlement.service.SettlementAccess;
import de.dienstleistungspool.municipality.settlement.service.XRechnungService;
import de.dienstleistungspool.municipality.settlement.service.XRechnungService.InvoiceLine;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * XRechnung invoices for monetary bookings and for bilateral year-end payments, readable by both parties' accounting
 * and the coordinator.
 */
@Path("/settlement/invoices")
@Tag(name = "Settlement invoices")
@Produces("application/xml")
@RolesAllowed({Roles.ACCOUNTING, Roles.COORDINATOR})
public class InvoiceResource {

    @Inject
    LedgerLineRepository ledger;

    @Inject
    ClosedYearRepository closedYears;

    @Inject
    XRechnungService xrechnung;

    @Inject
    SettlementAccess access;

    @GET
    @Path("/bookings/{bookingId}")
    @Transactional
    @Operation(summary = "XRechnung (CII) for a monetary booking: provider invoices consumer at the year's rate")
    @APIResponse(responseCode = "200", description = "The invoice XML")
    @APIResponse(responseCode = "404", description = "No monetary booking visible to the caller")
    @APIResponse(responseCode = "409", description = "Reversed, not valued, or the parties lack Leitweg-ID or billing details")
    public Response booking(@PathParam("bookingId") UUID bookingId) {
        LedgerLine l = ledger.ofBooking(bookingId).stream()
                .filter(x -> x.side == Side.CREDIT && x.entryKind == EntryKind.USAGE && x.settlementMode == SettlementMode.MONETARY)
                .findFirst().orElseThrow(() -> ProblemException.notFound("Monetary booking", bookingId));
        access.requireParty(l.regionId, l.memberId, l.counterpartyId, "Monetary booking", bookingId);
        if (ledger.isReversed(l.entryId)) {
            throw ProblemException.conflict("reversed", "The ledger entry of booking " + bookingId + " was reversed; there is nothing to invoice");
        }
        if (l.amount == null) {
            throw ProblemException.conflict("rate-missing", "Booking " + bookingId + " has no rate for " + l.category + " in " + l.year);
        }
        LocalDate end = l.usageEnd.atZone(LedgerService.BERLIN).toLocalDate();
        LocalDate start = l.usageStart == null ? end : l.usageStart.atZone(LedgerService.BERLIN).toLocalDate();
        byte[] xml = xrechnung.invoice("DLP-" + l.year + "-" + l.entryId, l.memberId, l.counterpartyId, l.sector, start, end,
                new InvoiceLine(l.offerTitle == null ? l.category : l.offerTitle, "Buchung " + bookingId + ", Kategorie " + l.category,
                        l.unit.unece(), l.quantity, l.rate),
                "Leistung aus dem Dienstleistungspool, Buchung " + bookingId + ", Verrechnungssatz " + l.year);
        return attachment(xml, "xrechnung-booking-" + bookingId);
    }

    @GET
    @Path("/payments/{paymentId}")
    @Transactional
    @Operation(summary = "XRechnung (CII) for a bilateral year-end payment: the creditor invoices the debtor")
    @APIResponse(responseCode = "200", description = "The invoice XML")
    @APIResponse(responseCode = "404", description = "No payment visible to the caller")
    @APIResponse(responseCode = "409", description = "A pool payment, or the parties lack Leitweg-ID or billing details")
    public Response payment(@PathParam("paymentId") UUID paymentId) {
        Payment p = closedYears.payment(paymentId).orElseThrow(() -> ProblemException.notFound("Payment", paymentId));
        Object[] owner = closedYears.paymentOwner(paymentId);
        UUID region = (UUID) owner[0];
        int year = ((Number) owner[1]).intValue();
        access.requireParty(region, p.payerId(), p.payeeId(), "Payment", paymentId);
        if (p.netting() == Payment.Netting.MULTILATERAL) {
            throw ProblemException.conflict("pool-payment", "Payments to or from the pool are settled through the pool's clearing "
                    + "statement, not invoiced between members; use the bilateral payments or the statement");
        }
        byte[] xml = xrechnung.invoice("DLP-" + year + "-J-" + paymentId, p.payeeId(), p.payerId(), p.sector(),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                new InvoiceLine("Jahresausgleich nicht-monetärer Leistungen " + year, p.sector().german() + ", Saldo laut Jahresabschluss",
                        "C62", java.math.BigDecimal.ONE, p.amount()),
                "Ausgleich des Saldos gegenseitiger Leistungen " + year + " (" + p.sector().german() + ") laut Jahresabschluss des Pools");
        return attachment(xml, "xrechnung-payment-" + paymentId);
    }

    private static Response attachment(byte[] xml, String name) {
        return Response.ok(xml, "application/xml").header("Content-Disposition", "attachment; filename=\"" + name + ".xml\"").build();
    }
}
