package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.BookingApi;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Suchen und buchen: the free offers of the county for a period, nearest to the member's depot first, each with a
 * booking form that books it at once (the form carries its own Idempotency-Key, so a double click books once).
 */
@Path(PagePolicy.SEARCH_PATH)
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    @Inject
    CurrentPerson person;

    @Inject
    Messages msg;

    @RestClient
    PoolApi pool;

    @RestClient
    BookingApi bookings;

    /** The search as the person entered it. */
    public record Query(String kind, String category, String sector, String radius, String from, String to) {
    }

    /** A free offer with the key its booking form sends. */
    public record Hit(PoolApi.Offer offer, BigDecimal distanceKm, String key) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Query query, List<Hit> hits, long total, boolean searched,
                String error, BoardPage.Options options);

        static native TemplateInstance refused(String message, String back);
    }

    @GET
    public TemplateInstance search(@QueryParam("art") String kind, @QueryParam("kategorie") String category,
            @QueryParam("sektor") String sector, @QueryParam("umkreis") String radius,
            @QueryParam("von") String from, @QueryParam("bis") String to) {
        PagePolicy.require(PagePolicy.mayBook(person));
        Instant start = Times.parse(from).orElse(Times.todayAt(1, 7));
        Instant end = Times.parse(to).orElse(Times.todayAt(1, 16));
        Query query = new Query(Params.code(kind), Params.code(category), Params.code(sector), Params.radius(radius),
                Times.input(start), Times.input(end));
        boolean searched = from != null;
        if (!searched) {
            return Templates.search(query, List.of(), 0, false, null, BoardPage.Options.ALL);
        }
        if (!end.isAfter(start)) {
            return Templates.search(query, List.of(), 0, false, msg.refusal("invalid-period"), BoardPage.Options.ALL);
        }
        Page<PoolApi.SearchHit> found;
        try {
            found = pool.search(start, end, Params.orNull(query.kind()), Params.orNull(query.category()),
                    Params.orNull(query.sector()), query.radius().isEmpty() ? null : new BigDecimal(query.radius()), 0, 20);
        } catch (ServiceProblem e) {
            if (e.status() == 401) {
                throw e;
            }
            return Templates.search(query, List.of(), 0, false, Refusals.explain(msg, e), BoardPage.Options.ALL);
        }
        List<Hit> hits = found.items().stream()
                .filter(h -> !h.offer().ownerMemberId().equals(person.session().memberId()))
                .map(h -> new Hit(h.offer(), h.distanceKm(), UUID.randomUUID().toString())).toList();
        return Templates.search(query, hits, found.total(), true, null, BoardPage.Options.ALL);
    }

    @POST
    @Path("/buchen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(@BeanParam BookingForm form, @QueryParam("zurueck") String back) {
        PagePolicy.require(PagePolicy.mayBook(person));
        String backTo = LocalPaths.isLocal(back) ? back : PagePolicy.SEARCH_PATH;
        UUID offerId = form.offerId().orElse(null);
        var request = offerId == null ? null : form.request(offerId).orElse(null);
        if (request == null) {
            return Response.status(400).entity(Templates.refused(msg.refusal("invalid-period"), backTo)).build();
        }
        try {
            BookingApi.Booking booked = bookings.request(form.idempotencyKey(), request);
            return Response.seeOther(URI.create(PagePolicy.BOOKINGS_PATH + "/" + booked.id() + "?neu=1")).build();
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.refused(Refusals.explain(msg, e), backTo)).build();
        }
    }
}
