package de.dienstleistungspool.municipality.settlement.rest;

import de.dienstleistungspool.municipality.settlement.service.XRechnungService;
import de.dienstleistungspool.municipality.settlement.service.XRechnungService.InvoiceFile;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
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
    XRechnungService xrechnung;

    @GET
    @Path("/bookings/{bookingId}")
    @Operation(summary = "XRechnung (CII) for a monetary booking: provider invoices consumer at the year's rate")
    @APIResponse(responseCode = "200", description = "The invoice XML")
    @APIResponse(responseCode = "404", description = "No monetary booking visible to the caller")
    @APIResponse(responseCode = "409", description = "Reversed, not valued, or the parties lack Leitweg-ID or billing details")
    public Response booking(@PathParam("bookingId") UUID bookingId) {
        return attachment(xrechnung.bookingInvoice(bookingId));
    }

    @GET
    @Path("/payments/{paymentId}")
    @Operation(summary = "XRechnung (CII) for a bilateral year-end payment: the creditor invoices the debtor")
    @APIResponse(responseCode = "200", description = "The invoice XML")
    @APIResponse(responseCode = "404", description = "No payment visible to the caller")
    @APIResponse(responseCode = "409", description = "A pool payment, or the parties lack Leitweg-ID or billing details")
    public Response payment(@PathParam("paymentId") UUID paymentId) {
        return attachment(xrechnung.paymentInvoice(paymentId));
    }

    private static Response attachment(InvoiceFile file) {
        return Response.ok(file.xml(), "application/xml")
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + ".xml\"").build();
    }
}
