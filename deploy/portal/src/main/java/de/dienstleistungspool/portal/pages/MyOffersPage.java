package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.MunicipalityApi;
import de.dienstleistungspool.portal.clients.OfferAdminApi;
import de.dienstleistungspool.portal.clients.Page;
import de.dienstleistungspool.portal.clients.PoolApi;
import de.dienstleistungspool.portal.clients.ServiceProblem;
import de.dienstleistungspool.portal.session.CurrentPerson;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Angebote: the member's own offers with their status, and the form that creates or edits one (works staff and the
 * member's admin). Creating sends the form's Idempotency-Key, so a double click creates one offer.
 */
@Path(PagePolicy.OFFERS_PATH)
@Produces(MediaType.TEXT_HTML)
public class MyOffersPage {

    static final List<String> STATUSES = List.of("ACTIVE", "PAUSED", "RETIRED");
    static final List<String> UNITS = List.of("HOUR", "DAY", "METRE");
    static final List<String> MODES = List.of("MONETARY", "NON_MONETARY");
    static final int PAGE_SIZE = 25;

    @Inject
    CurrentPerson person;

    @Inject
    Messages msg;

    @RestClient
    PoolApi pool;

    @RestClient
    OfferAdminApi offers;

    @RestClient
    MunicipalityApi municipality;

    /** What the form is for: a new offer (no id) or an existing one. */
    public record Editing(UUID offerId, String title) {
        public boolean isNew() {
            return offerId == null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<PoolApi.Offer> offers, long total, String status, int page,
                boolean hasNext, List<String> statuses);

        static native TemplateInstance form(Editing editing, OfferValues values, List<MunicipalityApi.Depot> depots,
                BoardPage.Options options, List<String> units, List<String> modes, String key, String error);
    }

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("seite") String pageParam) {
        PagePolicy.require(PagePolicy.mayManageOffers(person));
        int page = Math.max(0, Params.integer(pageParam, 1) - 1);
        String filter = Params.code(status);
        Page<PoolApi.Offer> found = pool.offers(null, null, Params.orNull(filter), true, page, PAGE_SIZE);
        return Templates.list(found.items(), found.total(), filter, page,
                (long) (page + 1) * PAGE_SIZE < found.total(), STATUSES);
    }

    @GET
    @Path("/neu")
    public TemplateInstance newOffer() {
        PagePolicy.require(PagePolicy.mayManageOffers(person));
        List<MunicipalityApi.Depot> depots = depots();
        return form(new Editing(null, null), OfferValues.fresh(depots), depots, null);
    }

    @POST
    @Path("/neu")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam OfferForm form) {
        PagePolicy.require(PagePolicy.mayManageOffers(person));
        Editing editing = new Editing(null, null);
        OfferForm.Result result = form.request(null);
        if (result.request() == null) {
            return refused(400, editing, form, Params.code(form.kind), null, msg.refusal(result.refusal()));
        }
        try {
            PoolApi.Offer created = offers.create(form.idempotencyKey(), result.request());
            return Response.seeOther(URI.create(OfferAdminPage.path(created.id()) + "?neu=1")).build();
        } catch (ServiceProblem e) {
            if (e.status() == 401) {
                throw e;
            }
            return refused(e.status(), editing, form, Params.code(form.kind), null, Refusals.explain(msg, e));
        }
    }

    @GET
    @Path("/{id}/bearbeiten")
    public TemplateInstance edit(@PathParam("id") UUID id) {
        PoolApi.Offer offer = owned(id);
        List<MunicipalityApi.Depot> depots = depots();
        return form(new Editing(id, offer.title()), OfferValues.of(offer, depots), depots, null);
    }

    @POST
    @Path("/{id}/bearbeiten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") UUID id, @BeanParam OfferForm form) {
        PoolApi.Offer offer = owned(id);
        Editing editing = new Editing(id, offer.title());
        form.kind = offer.kind();
        OfferValues.Place place = OfferValues.place(offer);
        OfferForm.Result result = form.request(place);
        if (result.request() == null) {
            return refused(400, editing, form, offer.kind(), place, msg.refusal(result.refusal()));
        }
        try {
            offers.update(id, result.request());
            return Response.seeOther(URI.create(OfferAdminPage.path(id) + "?gespeichert=1")).build();
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 404) {
                throw e;
            }
            return refused(e.status(), editing, form, offer.kind(), place, Refusals.explain(msg, e));
        }
    }

    /** The offer, if it is the person's member's and the person may manage offers; else 403. */
    PoolApi.Offer owned(UUID id) {
        PagePolicy.require(PagePolicy.mayManageOffers(person));
        PoolApi.Offer offer = pool.offer(id);
        PagePolicy.require(offer.ownerMemberId().equals(person.session().memberId()));
        return offer;
    }

    private Response refused(int status, Editing editing, OfferForm form, String kind, OfferValues.Place place,
            String error) {
        List<MunicipalityApi.Depot> depots = depots();
        return Response.status(status).entity(form(editing, OfferValues.typed(form, kind, place), depots, error))
                .build();
    }

    private TemplateInstance form(Editing editing, OfferValues values, List<MunicipalityApi.Depot> depots, String error) {
        return Templates.form(editing, values, depots, BoardPage.Options.ALL, UNITS, MODES,
                UUID.randomUUID().toString(), error);
    }

    private List<MunicipalityApi.Depot> depots() {
        List<MunicipalityApi.Depot> depots = municipality.member(person.session().memberId()).depots();
        return depots == null ? List.of() : depots;
    }
}
