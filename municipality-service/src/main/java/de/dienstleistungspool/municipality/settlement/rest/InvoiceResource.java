package de.dienstleistungspool.municipality.settlement.rest;

import de.dienstleistungspool.municipality.settlement.domain.IssuedInvoice;
import de.dienstleistungspool.municipality.settlement.service.InvoiceService;
import de.dienstleistungspool.municipality.settlement.service.InvoiceService.Issued;
import de.dienstleistungspool.platform.idempotency.Idempotent;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * XRechnung invoices, issued once: either party's accounting or the coordinator issues the invoice of a monetary
 * booking or a year-end payment (numbered, stored), and every download serves the stored document byte for byte.
 */
@Path("/settlement/invoices")
@Tag(name = "Settlement invoices")
@RolesAllowed({Roles.ACCOUNTING, Roles.COORDINATOR})
public class InvoiceResource {

    @Inject
    InvoiceService invoices;

    @POST
    @Idempotent
    @Path("/bookings/{bookingId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue the XRechnung of a monetary booking (the provider invoices the consumer): the next number of "
            + "the region's series of the issue year, stored; issuing it again answers the invoice issued before")
    @APIResponse(responseCode = "201", description = "Issued now", content = @Content(schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "200", description = "Issued before; the same invoice", content = @Content(schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "404", description = "No monetary booking visible to the caller")
    @APIResponse(responseCode = "409", description = "Reversed, not valued, or the parties lack Leitweg-ID, address or billing details")
    public Response issueForBooking(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @PathParam("bookingId") UUID bookingId,
                                    @Context UriInfo uri) {
        return answer(invoices.issueForBooking(bookingId), uri);
    }

    @POST
    @Idempotent
    @Path("/payments/{paymentId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue the XRechnung of a year-end payment (the payee invoices the payer; in the multilateral netting "
            + "the pool is seller or buyer), once")
    @APIResponse(responseCode = "201", description = "Issued now", content = @Content(schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "200", description = "Issued before; the same invoice", content = @Content(schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "404", description = "No payment visible to the caller")
    @APIResponse(responseCode = "409", description = "The pool has no legal identity yet, or a party lacks Leitweg-ID, address or billing details")
    public Response issueForPayment(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @PathParam("paymentId") UUID paymentId,
                                    @Context UriInfo uri) {
        return answer(invoices.issueForPayment(paymentId), uri);
    }

    @POST
    @Idempotent
    @Path("/{invoiceId}/credit-notes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue the credit note (type 381) that corrects an invoice whose booking was reversed, once; it "
            + "names the corrected invoice's number")
    @APIResponse(responseCode = "201", description = "Issued now", content = @Content(schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "200", description = "Issued before; the same credit note", content = @Content(schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "404", description = "No invoice visible to the caller")
    @APIResponse(responseCode = "409", description = "The booking is not reversed, the invoice bills a year-end payment, or it is itself a credit note")
    public Response creditNote(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @PathParam("invoiceId") UUID invoiceId,
                               @Context UriInfo uri) {
        return answer(invoices.issueCreditNote(invoiceId), uri);
    }

    @GET
    @Path("/{invoiceId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An issued invoice or credit note: number, type, issue date, parties, amount")
    @APIResponse(responseCode = "200", description = "The invoice")
    @APIResponse(responseCode = "404", description = "No invoice visible to the caller")
    public InvoiceView get(@PathParam("invoiceId") UUID invoiceId) {
        return InvoiceView.of(invoices.visible(invoiceId));
    }

    @GET
    @Path("/{invoiceId}/xml")
    @Produces("application/xml")
    @Operation(summary = "The XRechnung (CII) of an issued invoice or credit note, byte for byte as issued")
    @APIResponse(responseCode = "200", description = "The XML")
    @APIResponse(responseCode = "404", description = "No invoice visible to the caller")
    public Response document(@PathParam("invoiceId") UUID invoiceId) {
        IssuedInvoice i = invoices.visible(invoiceId);
        return attachment(i, "xrechnung-" + i.number());
    }

    @GET
    @Path("/bookings/{bookingId}")
    @Produces("application/xml")
    @Operation(summary = "The issued XRechnung of a monetary booking, byte for byte as issued")
    @APIResponse(responseCode = "200", description = "The XML")
    @APIResponse(responseCode = "404", description = "No monetary booking visible to the caller, or its invoice is not issued yet")
    public Response booking(@PathParam("bookingId") UUID bookingId) {
        return attachment(invoices.ofBooking(bookingId), "xrechnung-booking-" + bookingId);
    }

    @GET
    @Path("/payments/{paymentId}")
    @Produces("application/xml")
    @Operation(summary = "The issued XRechnung of a year-end payment, byte for byte as issued")
    @APIResponse(responseCode = "200", description = "The XML")
    @APIResponse(responseCode = "404", description = "No payment visible to the caller, or its invoice is not issued yet")
    public Response payment(@PathParam("paymentId") UUID paymentId) {
        return attachment(invoices.ofPayment(paymentId), "xrechnung-payment-" + paymentId);
    }

    private static Response answer(Issued issued, UriInfo uri) {
        InvoiceView view = InvoiceView.of(issued.invoice());
        Response.ResponseBuilder r = issued.created() ? Response.status(Response.Status.CREATED) : Response.ok();
        return r.location(uri.getBaseUriBuilder().path("settlement/invoices/{id}").build(view.id())).entity(view).build();
    }

    private static Response attachment(IssuedInvoice invoice, String name) {
        return Response.ok(invoice.xml(), "application/xml")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".xml\"").build();
    }
}
