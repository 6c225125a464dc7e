package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.Page;
import de.dienstleistungspool.portal.clients.SettlementApi;
import de.dienstleistungspool.portal.session.CurrentPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Abrechnung, for the member's accounting: the year's balances per counterparty, sector and settlement mode, the
 * ledger lines (paged, filtered), the statements as PDF and CSV, and XRechnung invoices for the member's monetary
 * bookings and year-end payments, each issued on its first download and then served as municipality-service stored it.
 */
@Path(PagePolicy.ACCOUNTING_PATH)
public class AccountingPage {

    static final int LINES_PER_PAGE = 25;
    static final List<String> SECTORS = List.of("WATER_SUPPLY", "WASTEWATER");
    static final Set<String> FORMATS = Set.of("pdf", "csv");

    @Inject
    CurrentPerson person;

    @RestClient
    SettlementApi settlement;

    /** The year and filters as chosen, with the query string for other pages of lines. */
    public record Filter(int year, String sector, String mode, int page) {
        public String query(int otherPage) {
            return "?jahr=" + year + (sector.isEmpty() ? "" : "&sparte=" + sector) + (mode.isEmpty() ? "" : "&art=" + mode)
                    + (otherPage > 0 ? "&seite=" + (otherPage + 1) : "");
        }
    }

    /** The payments of a closed year in one sector. */
    public record YearEnd(String sector, SettlementApi.Statement statement) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounting(Filter filter, List<Integer> years, List<String> sectors,
                SettlementApi.Balances balances, Page<SettlementApi.LedgerLine> lines, boolean hasNext,
                List<YearEnd> yearEnds);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance accounting(@QueryParam("jahr") String yearParam, @QueryParam("sparte") String sector,
            @QueryParam("art") String mode, @QueryParam("seite") String pageParam) {
        PagePolicy.require(PagePolicy.mayUseAccounting(person));
        int thisYear = Years.current();
        int year = Years.of(yearParam, thisYear);
        String sectorFilter = SECTORS.contains(Params.code(sector)) ? Params.code(sector) : "";
        String modeFilter = Set.of("MONETARY", "NON_MONETARY").contains(Params.code(mode)) ? Params.code(mode) : "";
        Filter filter = new Filter(year, sectorFilter, modeFilter, Math.max(0, Params.integer(pageParam, 1) - 1));
        UUID member = person.session().memberId();
        SettlementApi.Balances balances = settlement.balances(year, member);
        Page<SettlementApi.LedgerLine> lines = settlement.ledger(member, year, Params.orNull(sectorFilter),
                Params.orNull(modeFilter), filter.page(), LINES_PER_PAGE);
        List<YearEnd> yearEnds = new ArrayList<>();
        if (year < thisYear) {
            for (String s : SECTORS) {
                SettlementApi.Statement statement = settlement.statement(member, year, s);
                if (statement.closed() && statement.payments() != null && !statement.payments().isEmpty()) {
                    yearEnds.add(new YearEnd(s, statement));
                }
            }
        }
        return Templates.accounting(filter, Years.recent(thisYear), SECTORS, balances, lines,
                (long) (filter.page() + 1) * LINES_PER_PAGE < lines.total(), yearEnds);
    }

    /** The member's statement of a year and sector as PDF (to sign) or CSV (for Excel). */
    @GET
    @Path("/auszug")
    public Response statement(@QueryParam("jahr") String yearParam, @QueryParam("sparte") String sector,
            @QueryParam("format") String format) {
        PagePolicy.require(PagePolicy.mayUseAccounting(person));
        String s = Params.code(sector);
        if (!SECTORS.contains(s) || format == null || !FORMATS.contains(format)) {
            throw new NotFoundException();
        }
        int year = Years.of(yearParam, Years.current());
        return Downloads.of(settlement.memberStatement(person.session().memberId(), year, s, format),
                "abrechnung-" + year + "-" + s.toLowerCase() + "." + format);
    }

    /**
     * The XRechnung of a monetary booking the member provided: the first download issues it (municipality-service
     * numbers and stores it once), every download serves the document as issued.
     */
    @GET
    @Path("/rechnungen/buchungen/{id}")
    public Response bookingInvoice(@PathParam("id") UUID bookingId) {
        PagePolicy.require(PagePolicy.mayUseAccounting(person));
        settlement.issueBookingInvoice("xrechnung-buchung-" + bookingId, bookingId);
        return Downloads.of(settlement.bookingInvoice(bookingId), "xrechnung-buchung-" + bookingId + ".xml");
    }

    /** The XRechnung of a year-end payment the member is party to (the other party a member or the pool), issued on its first download. */
    @GET
    @Path("/rechnungen/zahlungen/{id}")
    public Response paymentInvoice(@PathParam("id") UUID paymentId) {
        PagePolicy.require(PagePolicy.mayUseAccounting(person));
        settlement.issuePaymentInvoice("xrechnung-zahlung-" + paymentId, paymentId);
        return Downloads.of(settlement.paymentInvoice(paymentId), "xrechnung-zahlung-" + paymentId + ".xml");
    }
}
