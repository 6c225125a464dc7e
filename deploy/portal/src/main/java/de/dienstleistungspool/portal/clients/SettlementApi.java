package de.dienstleistungspool.portal.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * municipality-service's settlement as accounting and the coordinator use it: balances, ledger lines, statements and
 * XRechnung invoices (as the service's bytes), and the year-end close (dry run, close, stored result).
 */
@RegisterRestClient(configKey = "municipality")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
public interface SettlementApi {

    @GET
    @Path("/settlement/balances")
    Balances balances(@QueryParam("year") int year, @QueryParam("memberId") UUID memberId);

    @GET
    @Path("/settlement/ledger")
    Page<LedgerLine> ledger(@QueryParam("memberId") UUID memberId, @QueryParam("year") int year,
            @QueryParam("sector") String sector, @QueryParam("mode") String mode, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** A member's statement of a year and sector as CSV or PDF. */
    @GET
    @Path("/settlement/reports/members/{memberId}")
    @Produces("*/*")
    RestResponse<byte[]> memberStatement(@PathParam("memberId") UUID memberId, @QueryParam("year") int year,
            @QueryParam("sector") String sector, @QueryParam("format") String format);

    /** A member's statement of a year and sector as data (with the payments of a closed year). */
    @GET
    @Path("/settlement/reports/members/{memberId}")
    Statement statement(@PathParam("memberId") UUID memberId, @QueryParam("year") int year,
            @QueryParam("sector") String sector);

    /** The region's statement of a year and sector as CSV or PDF (coordinator). */
    @GET
    @Path("/settlement/reports/region")
    @Produces("*/*")
    RestResponse<byte[]> regionStatement(@QueryParam("year") int year, @QueryParam("sector") String sector,
            @QueryParam("format") String format);

    /** Issues a booking's invoice (once; issuing again answers the invoice issued before). */
    @POST
    @Path("/settlement/invoices/bookings/{bookingId}")
    void issueBookingInvoice(@HeaderParam("Idempotency-Key") String key, @PathParam("bookingId") UUID bookingId);

    /** The issued invoice of a booking, as it was issued. */
    @GET
    @Path("/settlement/invoices/bookings/{bookingId}")
    @Produces("*/*")
    RestResponse<byte[]> bookingInvoice(@PathParam("bookingId") UUID bookingId);

    /** Issues a year-end payment's invoice (once). */
    @POST
    @Path("/settlement/invoices/payments/{paymentId}")
    void issuePaymentInvoice(@HeaderParam("Idempotency-Key") String key, @PathParam("paymentId") UUID paymentId);

    @GET
    @Path("/settlement/invoices/payments/{paymentId}")
    @Produces("*/*")
    RestResponse<byte[]> paymentInvoice(@PathParam("paymentId") UUID paymentId);

    @GET
    @Path("/settlement/billing-details/{memberId}")
    BillingDetails billingDetails(@PathParam("memberId") UUID memberId);

    @jakarta.ws.rs.PUT
    @Path("/settlement/billing-details/{memberId}")
    BillingDetails saveBillingDetails(@PathParam("memberId") UUID memberId, BillingDetails details);

    @POST
    @Path("/settlement/years/{year}/close-preview")
    Close preview(@PathParam("year") int year);

    @POST
    @Path("/settlement/years/{year}/close")
    Close close(@HeaderParam("Idempotency-Key") String key, @PathParam("year") int year,
            @QueryParam("netting") String netting);

    @GET
    @Path("/settlement/years/{year}/close")
    Close closed(@PathParam("year") int year);

    /** What a member's invoices need besides its address: tax number or VAT id, and the bank account. */
    record BillingDetails(UUID memberId, String taxNumber, String vatId, String iban, String bic) {
    }

    /** A year's live balances seen from one member. */
    record Balances(int year, UUID memberId, List<PairBalance> pairs, List<Position> positions) {
    }

    /** The balance with one counterparty in a sector and settlement mode; positive: the member provided more. */
    record PairBalance(String sector, String settlementMode, UUID memberId, UUID counterpartyId, BigDecimal netHours,
            BigDecimal netMetres, BigDecimal netAmount, long lines, long unvaluedLines) {
    }

    /** The member's net position in a sector and mode. */
    record Position(String sector, String settlementMode, UUID memberId, BigDecimal netHours, BigDecimal netMetres,
            BigDecimal netAmount) {
    }

    /** One ledger line of the member. */
    record LedgerLine(UUID id, UUID entryId, int year, String entryKind, String settlementMode, String sector,
            String category, String unit, String side, UUID memberId, UUID counterpartyId, BigDecimal quantity,
            BigDecimal rate, BigDecimal amount, UUID bookingId, UUID reversesEntryId, Instant usageStart,
            Instant usageEnd, String offerTitle, Instant recordedAt) {
    }

    /** The parts of a statement the pages show: whether the year is closed and the payments it computed. */
    record Statement(int year, String sector, boolean closed, String netting, List<PaymentLine> payments) {
    }

    /** A payment of a closed year from the statement's member's view. */
    record PaymentLine(UUID paymentId, String netting, String payerName, String payeeName, BigDecimal amount,
            boolean binding) {
    }

    /** A dry run ({@code closed=false}) or a close of a year. */
    record Close(UUID regionId, int year, boolean closed, String netting, BigDecimal toleranceHours, String remainder,
            long lineCount, List<Pair> pairs, List<Payment> bilateralPayments, List<Payment> multilateralPayments,
            List<ClosePosition> positions) {
    }

    /** A pair's netted balance: positive {@code payable} means B pays A. */
    record Pair(String sector, UUID memberA, UUID memberB, BigDecimal netHours, BigDecimal netValueTime,
            BigDecimal netValueMetre, String treatment, BigDecimal payable, int lines) {
    }

    /** A payment; a missing payer or payee is the pool. */
    record Payment(UUID id, String sector, String netting, UUID payerId, UUID payeeId, BigDecimal amount) {
    }

    /** A member's net position in a sector at the close: positive means it receives. */
    record ClosePosition(String sector, UUID memberId, BigDecimal position) {
    }
}
