package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.CoordinationApi;
import de.dienstleistungspool.portal.clients.ServiceProblem;
import de.dienstleistungspool.portal.session.CurrentPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The rates (Verrechnungssätze) and settlement terms of a year for the coordinator: read them, and publish the year's
 * complete card; a year without rates starts from the year before, a closed year is shown frozen.
 */
@Path(CoordinationPage.RATES)
@Produces(MediaType.TEXT_HTML)
public class RatesPage {

    static final int NEW_ROWS = 3;
    static final List<String> REMAINDERS = List.of("CARRY_OVER", "PAY");

    @Inject
    CurrentPerson person;

    @Inject
    Messages msg;

    @Inject
    AdminMessages adm;

    @RestClient
    CoordinationApi coordination;

    /** One row of the rate form: an amount typed as text (German decimal comma allowed). */
    public record Row(String sector, String category, String unit, String amount) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rates(int year, List<Integer> years, CoordinationApi.RateCard card,
                boolean fromPreviousYear, List<Row> rows, int newRows, String tolerance, String remainder,
                BoardPage.Options options, List<String> units, List<String> remainders, String notice, String error);
    }

    @GET
    public TemplateInstance rates(@QueryParam("jahr") String yearParam, @QueryParam("veroeffentlicht") String published) {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        int year = Years.of(yearParam, Years.current());
        return render(year, null, published != null ? adm.rates_published(year) : null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@FormParam("jahr") String yearParam, @FormParam("sparte") List<String> sectors,
            @FormParam("kategorie") List<String> categories, @FormParam("einheit") List<String> units,
            @FormParam("betrag") List<String> amounts, @FormParam("toleranz") String tolerance,
            @FormParam("rest") String remainder) {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        int year = Years.of(yearParam, Years.current());
        List<Row> typed = new ArrayList<>();
        List<CoordinationApi.Rate> rates = new ArrayList<>();
        for (int i = 0; i < size(amounts); i++) {
            Row row = new Row(Params.code(at(sectors, i)), Params.code(at(categories, i)), Params.code(at(units, i)),
                    at(amounts, i).strip());
            typed.add(row);
            if (row.amount().isEmpty() || row.category().isEmpty()) {
                continue;
            }
            BigDecimal amount = Numbers.parse(row.amount());
            if (amount == null) {
                return Response.status(400).entity(render(year, typed, null, msg.refusal("invalid-amount"))).build();
            }
            rates.add(new CoordinationApi.Rate(row.sector(), row.category(), row.unit(), amount));
        }
        BigDecimal toleranceHours = Numbers.parse(tolerance == null || tolerance.isBlank() ? "0" : tolerance);
        if (toleranceHours == null) {
            return Response.status(400).entity(render(year, typed, null, msg.refusal("invalid-tolerance"))).build();
        }
        String rest = remainder != null && REMAINDERS.contains(remainder) ? remainder : "CARRY_OVER";
        try {
            coordination.publish(person.session().regionId(), year,
                    new CoordinationApi.NewRateCard(rates, new CoordinationApi.Terms(toleranceHours, rest)));
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(render(year, typed, null, Refusals.explain(msg, e))).build();
        }
        return Response.seeOther(URI.create(CoordinationPage.RATES + "?jahr=" + year + "&veroeffentlicht=1")).build();
    }

    private TemplateInstance render(int year, List<Row> typed, String notice, String error) {
        UUID region = person.session().regionId();
        CoordinationApi.RateCard card = coordination.rates(region, year);
        CoordinationApi.RateCard source = card;
        boolean fromPrevious = false;
        if (card.rates().isEmpty() && !card.closed() && year > 2000) {
            CoordinationApi.RateCard previous = coordination.rates(region, year - 1);
            if (!previous.rates().isEmpty()) {
                source = previous;
                fromPrevious = true;
            }
        }
        List<Row> rows = typed != null ? typed : source.rates().stream()
                .map(r -> new Row(r.sector(), r.category(), r.unit(), Numbers.de(r.amount()))).toList();
        CoordinationApi.Terms terms = source.settlementTerms();
        return Templates.rates(year, Years.recent(Years.current()), card, fromPrevious, rows, NEW_ROWS,
                terms == null ? "0" : Numbers.de(terms.toleranceHours()), terms == null ? "CARRY_OVER" : terms.remainder(),
                BoardPage.Options.ALL, MyOffersPage.UNITS, REMAINDERS, notice, error);
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
    }
}
