package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.PoolApi;
import de.dienstleistungspool.portal.session.CurrentPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The coordinator's shortage radar (Engpass-Radar): where members needed more than the pool could give, per category,
 * sector and month as a bar chart with the same figures in a table, the hints where it lasted, and the CSV.
 */
@Path(CoordinationPage.SHORTAGES)
public class ShortageRadarPage {

    @Inject
    CurrentPerson person;

    @RestClient
    PoolApi pool;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance radar(int year, List<Integer> years, PoolApi.ShortageReport report,
                List<ShortageChart> charts, int width, int height);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance radar(@QueryParam("jahr") String yearParam) {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        int year = Years.of(yearParam, Years.current());
        PoolApi.ShortageReport report = pool.shortageRadar(person.session().regionId(), year);
        return Templates.radar(year, Years.recent(Years.current()), report, ShortageChart.of(report),
                ShortageChart.WIDTH, ShortageChart.HEIGHT);
    }

    /** The report of the year as CSV, one row per category, sector and month. */
    @GET
    @Path("/csv")
    public Response csv(@QueryParam("jahr") String yearParam) {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        int year = Years.of(yearParam, Years.current());
        return Downloads.of(pool.shortageRadarCsv(person.session().regionId(), year, "csv"), "engpass-radar-" + year + ".csv");
    }
}
