package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.Page;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Verfügbarkeit: the county board, offers down the side, the days of a week across, each day free, partly taken,
 * booked or blacked out; filters by kind, category, sector and distance from the member's depot. One call to
 * pool-service's {@code /board} per page.
 */
@Path(PagePolicy.BOARD_PATH)
@Produces(MediaType.TEXT_HTML)
public class BoardPage {

    static final int ROWS_PER_PAGE = 100;

    @Inject
    CurrentPerson person;

    @RestClient
    PoolApi pool;

    /** One offer's line on the board. */
    public record Line(PoolApi.Offer offer, BigDecimal distanceKm, List<DayStatus> days) {
    }

    /** The filters as the person chose them (German parameter names, as in the address bar). */
    public record Filter(String week, String kind, String category, String sector, String radius, int page) {

        /** The query string of this filter for another week or page. */
        public String query(String otherWeek, int otherPage) {
            StringBuilder q = new StringBuilder("?ab=").append(otherWeek);
            append(q, "art", kind);
            append(q, "kategorie", category);
            append(q, "sektor", sector);
            append(q, "umkreis", radius);
            if (otherPage > 0) {
                q.append("&seite=").append(otherPage + 1);
            }
            return q.toString();
        }

        private static void append(StringBuilder q, String name, String value) {
            if (value != null && !value.isEmpty()) {
                q.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** The choices of the filter lists. */
    public record Options(List<String> kinds, List<String> categories, List<String> sectors, List<Integer> radii) {
        static final Options ALL = new Options(List.of("EQUIPMENT", "SERVICE", "STAFF_STANDBY"), Categories.all(),
                List.of("WATER_SUPPLY", "WASTEWATER"), List.of(10, 25, 50));
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Week week, List<Week.Day> days, List<Line> lines, long total,
                Filter filter, boolean hasPrevious, boolean hasNext, Options options);
    }

    @GET
    public TemplateInstance board(@QueryParam("ab") String from, @QueryParam("art") String kind,
            @QueryParam("kategorie") String category, @QueryParam("sektor") String sector,
            @QueryParam("umkreis") String radius, @QueryParam("seite") String pageParam) {
        PagePolicy.require(PagePolicy.mayUseBoard(person));
        LocalDate today = LocalDate.now(DayPlanner.BERLIN);
        Week week = Week.containing(from, today);
        int page = Math.max(0, Params.integer(pageParam, 1) - 1);
        Filter filter = new Filter(week.monday().toString(), Params.code(kind), Params.code(category),
                Params.code(sector), Params.radius(radius), page);
        Page<PoolApi.BoardRow> rows = pool.board(week.start(), week.end(), Params.orNull(filter.kind()),
                Params.orNull(filter.category()), Params.orNull(filter.sector()),
                filter.radius().isEmpty() ? null : new BigDecimal(filter.radius()), page, ROWS_PER_PAGE);
        List<Line> lines = rows.items().stream().map(r -> new Line(r.offer(), r.distanceKm(),
                DayPlanner.plan(r.offer(), r.busy(), week.monday(), 7))).toList();
        boolean hasNext = (long) (page + 1) * ROWS_PER_PAGE < rows.total();
        return Templates.board(week, week.days(today), lines, rows.total(), filter, page > 0, hasNext, Options.ALL);
    }
}
