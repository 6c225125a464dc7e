package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.OfferAdminApi;
import de.dienstleistungspool.portal.clients.PoolApi;
import de.dienstleistungspool.portal.clients.ServiceProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Managing one of the member's offers: pause, resume or retire it (retiring with open bookings only when the person
 * acknowledges them), and its blackouts (Sperrzeiten), added with the form's Idempotency-Key and released again.
 */
@Path(PagePolicy.OFFERS_PATH + "/{id}/verwalten")
@Produces(MediaType.TEXT_HTML)
public class OfferAdminPage {

    /** The German step in the address and pool-service's step behind it. */
    static final Map<String, String> STEPS = Map.of("pausieren", "pause", "freigeben", "resume",
            "zurueckziehen", "retire");

    @Inject
    Messages msg;

    @Inject
    AdminMessages adm;

    @Inject
    MyOffersPage offerPages;

    @RestClient
    OfferAdminApi offers;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance manage(PoolApi.Offer offer, List<OfferAdminApi.Blackout> blackouts,
                List<OfferAdminApi.BookingRef> hits, boolean askForce, String key, String from, String to,
                String notice, String error);
    }

    static String path(UUID id) {
        return PagePolicy.OFFERS_PATH + "/" + id + "/verwalten";
    }

    @GET
    public TemplateInstance manage(@PathParam("id") UUID id, @QueryParam("erledigt") String done,
            @QueryParam("neu") String created, @QueryParam("gespeichert") String saved) {
        String notice = created != null ? adm.offers_created() : saved != null ? adm.offers_saved()
                : done != null ? adm.offers_done(done) : null;
        return render(offerPages.owned(id), List.of(), false, notice, null);
    }

    @POST
    @Path("/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") UUID id, @PathParam("step") String step, @FormParam("trotzdem") String force) {
        String action = STEPS.get(step);
        if (action == null) {
            throw new NotFoundException();
        }
        PoolApi.Offer offer = offerPages.owned(id);
        try {
            offers.step(id, action, "ja".equals(force));
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 404) {
                throw e;
            }
            boolean askForce = "offer-has-bookings".equals(e.code());
            return Response.status(e.status()).entity(render(offer, List.of(), askForce, null, Refusals.explain(msg, e)))
                    .build();
        }
        return Response.seeOther(URI.create(path(id) + "?erledigt=" + step)).build();
    }

    @POST
    @Path("/sperrzeiten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response block(@PathParam("id") UUID id, @FormParam("von") String from, @FormParam("bis") String to,
            @FormParam("grund") String reason, @FormParam("schluessel") String key) {
        PoolApi.Offer offer = offerPages.owned(id);
        Optional<Instant> start = Times.parse(from);
        Optional<Instant> end = Times.parse(to);
        if (start.isEmpty() || end.isEmpty()) {
            return Response.status(400).entity(render(offer, List.of(), false, null, msg.refusal("invalid-period"))).build();
        }
        OfferAdminApi.Blackout added;
        try {
            added = offers.addBlackout(new BookingForm.KeyOf(key).value(), id,
                    new OfferAdminApi.NewBlackout(start.get(), end.get(), reason == null ? null : reason.strip()));
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(render(offer, List.of(), false, null, Refusals.explain(msg, e)))
                    .build();
        }
        List<OfferAdminApi.BookingRef> hits = added.hitBookings() == null ? List.of() : added.hitBookings();
        if (hits.isEmpty()) {
            return Response.seeOther(URI.create(path(id) + "?erledigt=gesperrt")).build();
        }
        return Response.ok(render(offer, hits, false, adm.offers_done("gesperrt"), null)).build();
    }

    @POST
    @Path("/sperrzeiten/{blackoutId}/aufheben")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@PathParam("id") UUID id, @PathParam("blackoutId") UUID blackoutId) {
        offerPages.owned(id);
        offers.removeBlackout(id, blackoutId);
        return Response.seeOther(URI.create(path(id) + "?erledigt=aufgehoben")).build();
    }

    private TemplateInstance render(PoolApi.Offer offer, List<OfferAdminApi.BookingRef> hits, boolean askForce,
            String notice, String error) {
        List<OfferAdminApi.Blackout> blackouts = offers.blackouts(offer.id());
        return Templates.manage(offer, blackouts, hits, askForce, UUID.randomUUID().toString(),
                Times.input(Times.todayAt(1, 7)), Times.input(Times.todayAt(1, 16)), notice, error);
    }
}
