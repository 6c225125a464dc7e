package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.ServiceProblem;
import de.dienstleistungspool.portal.clients.SettlementApi;
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
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The year-end close for the coordinator: a dry run first that shows what netting would do (pairs, payments of both
 * schemes, positions) and writes nothing, then the real close with the chosen netting, sent with the Idempotency-Key
 * rendered beside the dry run's result; a closed year shows its stored result.
 */
@Path(CoordinationPage.CLOSE)
@Produces(MediaType.TEXT_HTML)
public class YearClosePage {

    static final List<String> NETTINGS = List.of("MULTILATERAL", "BILATERAL");

    @Inject
    CurrentPerson person;

    @Inject
    Messages msg;

    @Inject
    AdminMessages adm;

    @RestClient
    SettlementApi settlement;

    /** municipality-service's {@code settlement.grace-period}, to tell from when a year can be closed (it decides). */
    @ConfigProperty(name = "portal.settlement.grace-period", defaultValue = "P30D")
    Period gracePeriod;

    /** What the page shows of the year: the stored close, a dry run's result, or neither yet. */
    public record State(int year, SettlementApi.Close result, boolean dryRun, LocalDate closableFrom) {
        public boolean closed() {
            return result != null && result.closed();
        }

        public boolean closableNow() {
            return !LocalDate.now(DayPlanner.BERLIN).isBefore(closableFrom);
        }

        /** The payments of both netting schemes, bilateral first. */
        public List<Scheme> schemes() {
            return List.of(new Scheme("BILATERAL", result.bilateralPayments()),
                    new Scheme("MULTILATERAL", result.multilateralPayments()));
        }
    }

    /** The payments one netting scheme computes. */
    public record Scheme(String netting, List<SettlementApi.Payment> payments) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance close(State state, List<Integer> years, List<String> nettings, String key,
                String notice, String error);
    }

    @GET
    public TemplateInstance page(@QueryParam("jahr") String yearParam, @QueryParam("abgeschlossen") String done) {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        int year = Years.of(yearParam, Years.current() - 1);
        return render(new State(year, stored(year), false, closableFrom(year)), done != null ? adm.close_done(year) : null,
                null);
    }

    @POST
    @Path("/probelauf")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dryRun(@FormParam("jahr") String yearParam) {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        int year = Years.of(yearParam, Years.current() - 1);
        try {
            SettlementApi.Close preview = settlement.preview(year);
            return Response.ok(render(new State(year, preview, true, closableFrom(year)), null, null)).build();
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 403) {
                throw e;
            }
            return Response.status(e.status())
                    .entity(render(new State(year, stored(year), false, closableFrom(year)), null, Refusals.explain(msg, e)))
                    .build();
        }
    }

    @POST
    @Path("/abschliessen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@FormParam("jahr") String yearParam, @FormParam("verrechnung") String netting,
            @FormParam("schluessel") String key) {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        int year = Years.of(yearParam, Years.current() - 1);
        String scheme = netting != null && NETTINGS.contains(netting) ? netting : "MULTILATERAL";
        try {
            settlement.close(new BookingForm.KeyOf(key).value(), year, scheme);
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 403) {
                throw e;
            }
            return Response.status(e.status())
                    .entity(render(new State(year, stored(year), false, closableFrom(year)), null, Refusals.explain(msg, e)))
                    .build();
        }
        return Response.seeOther(URI.create(CoordinationPage.CLOSE + "?jahr=" + year + "&abgeschlossen=1")).build();
    }

    private TemplateInstance render(State state, String notice, String error) {
        return Templates.close(state, Years.recent(Years.current()), NETTINGS, UUID.randomUUID().toString(), notice, error);
    }

    /** The stored close of the year, or null while it is open. */
    private SettlementApi.Close stored(int year) {
        try {
            return settlement.closed(year);
        } catch (ServiceProblem e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    /** The first day the year can be closed: 1 January after it plus the grace period (docs/SETTLEMENT.md). */
    LocalDate closableFrom(int year) {
        return LocalDate.of(year + 1, 1, 1).plus(gracePeriod);
    }
}
