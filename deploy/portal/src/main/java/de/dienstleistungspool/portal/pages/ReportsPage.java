package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.PoolApi;
import de.dienstleistungspool.portal.clients.SettlementApi;
import de.dienstleistungspool.portal.session.CurrentPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The region's reports for the coordinator: the utilisation of the offers per category (booked against bookable
 * hours), and the region's settlement statement per sector as PDF or CSV and the utilisation as CSV to download.
 */
@Path(CoordinationPage.REPORTS)
public class ReportsPage {

    @Inject
    CurrentPerson person;

    @RestClient
    PoolApi pool;

    @RestClient
    SettlementApi settlement;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(int year, List<Integer> years, List<String> sectors,
                PoolApi.Utilisation utilisation);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance reports(@QueryParam("jahr") String yearParam) {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        int year = Years.of(yearParam, Years.current());
        return Templates.reports(year, Years.recent(Years.current()), AccountingPage.SECTORS,
                pool.utilisation(year, "category", "year", null));
    }

    /** The region's statement of a year and sector as PDF or CSV. */
    @GET
    @Path("/abrechnung")
    public Response regionStatement(@QueryParam("jahr") String yearParam, @QueryParam("sparte") String sector,
            @QueryParam("format") String format) {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        String s = Params.code(sector);
        if (!AccountingPage.SECTORS.contains(s) || format == null || !AccountingPage.FORMATS.contains(format)) {
            throw new NotFoundException();
        }
        int year = Years.of(yearParam, Years.current());
        return Downloads.of(settlement.regionStatement(year, s, format),
                "abrechnung-" + year + "-" + s.toLowerCase() + "-region." + format);
    }

    /** The utilisation of every offer of the region per month as CSV. */
    @GET
    @Path("/auslastung")
    public Response utilisationCsv(@QueryParam("jahr") String yearParam) {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        int year = Years.of(yearParam, Years.current());
        return Downloads.of(pool.utilisationCsv(year, "offer", "month", "csv"), "auslastung-" + year + ".csv");
    }
}
