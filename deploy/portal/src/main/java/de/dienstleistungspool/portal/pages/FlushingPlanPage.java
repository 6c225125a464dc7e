package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.FlushingApi;
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
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Spülplan: the coordinator's county flushing plan of a year and sector (the members' demand against the vehicles'
 * free capacity per month, shortfalls in words), and the campaign it turns the plan into, once, with the
 * Idempotency-Key rendered into the form; booking-service decides (docs/FLUSHING.md).
 */
@Path(CoordinationPage.FLUSHING)
@Produces(MediaType.TEXT_HTML)
public class FlushingPlanPage {

    @Inject
    CurrentPerson person;

    @Inject
    FlushingMessages flu;

    @Inject
    Messages msg;

    @RestClient
    FlushingApi flushing;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(FlushingApi.Plan plan, FlushingApi.Campaign campaign, List<Integer> years,
                List<String> sectors, String key, String notice, String error);
    }

    @GET
    public TemplateInstance page(@QueryParam("jahr") String yearParam, @QueryParam("sparte") String sectorParam,
            @QueryParam("angelegt") String created) {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        return render(year(yearParam), sector(sectorParam), created != null ? flu.campaign_done() : null, null);
    }

    @POST
    @Path("/kampagne")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response campaign(@FormParam("jahr") String yearParam, @FormParam("sparte") String sectorParam,
            @FormParam("schluessel") String key) {
        PagePolicy.require(PagePolicy.mayCoordinate(person));
        int year = year(yearParam);
        String sector = sector(sectorParam);
        try {
            flushing.create(new BookingForm.KeyOf(key).value(), new FlushingApi.NewCampaign(year, sector));
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 403) {
                throw e;
            }
            String why = switch (e.code()) {
                case "campaign-exists" -> flu.campaign_exists();
                case "plan-empty" -> flu.plan_empty();
                default -> Refusals.explain(msg, e);
            };
            return Response.status(e.status()).entity(render(year, sector, null, why)).build();
        }
        return Response.seeOther(URI.create(CoordinationPage.FLUSHING + "?jahr=" + year + "&sparte=" + sector + "&angelegt=1"))
                .build();
    }

    private TemplateInstance render(int year, String sector, String notice, String error) {
        FlushingApi.Plan plan = flushing.plan(year, sector);
        FlushingApi.Campaign campaign = plan.campaignId() == null ? null : flushing.campaign(plan.campaignId());
        return Templates.plan(plan, campaign, List.of(Years.current(), Years.current() + 1), AccountingPage.SECTORS,
                UUID.randomUUID().toString(), notice, error);
    }

    /** This year or the next (the years a demand can be posted for); next year by default. */
    private static int year(String value) {
        int year = Years.of(value, Years.current() + 1);
        return year == Years.current() ? year : Years.current() + 1;
    }

    private static String sector(String value) {
        String s = Params.code(value);
        return AccountingPage.SECTORS.contains(s) ? s : AccountingPage.SECTORS.get(AccountingPage.SECTORS.size() - 1);
    }
}
