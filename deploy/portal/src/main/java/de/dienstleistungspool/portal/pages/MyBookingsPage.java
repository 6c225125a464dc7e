package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.BookingApi;
import de.dienstleistungspool.portal.clients.Page;
import de.dienstleistungspool.portal.clients.ServiceProblem;
import de.dienstleistungspool.portal.session.CurrentPerson;
import de.dienstleistungspool.portal.session.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Meine Buchungen: the member's bookings as requester with status, one booking's details and history, and cancelling
 * before the start (dispatchers). Another member's booking answers 404 like one that does not exist.
 */
@Path(PagePolicy.BOOKINGS_PATH)
@Produces(MediaType.TEXT_HTML)
public class MyBookingsPage {

    static final Set<String> CANCELLABLE = Set.of("REQUESTED", "CONFIRMED");

    @Inject
    CurrentPerson person;

    @Inject
    Messages msg;

    @RestClient
    BookingApi bookings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<BookingApi.Booking> bookings, long total, String status, int page,
                boolean hasNext, List<String> statuses);

        static native TemplateInstance detail(BookingApi.Booking booking, List<BookingApi.Transition> history,
                boolean requester, boolean mayCancel, String key, String notice, String error);
    }

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("seite") String pageParam) {
        PagePolicy.require(PagePolicy.mayReadOwnBookings(person));
        int page = Math.max(0, Params.integer(pageParam, 1) - 1);
        String filter = Params.code(status);
        Page<BookingApi.Booking> found = bookings.bookings("requester", Params.orNull(filter), null, null, page, 25);
        return Templates.list(found.items(), found.total(), filter, page, (long) (page + 1) * 25 < found.total(),
                List.of("REQUESTED", "CONFIRMED", "IN_USE", "COMPLETED", "REJECTED", "CANCELLED", "NO_SHOW"));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("neu") String created,
            @QueryParam("storniert") String cancelled) {
        String notice = created != null ? msg.booking_created() : cancelled != null ? msg.booking_cancelled() : null;
        return render(id, notice, null);
    }

    @POST
    @Path("/{id}/stornieren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") UUID id, @FormParam("grund") String reason, @FormParam("schluessel") String key) {
        PagePolicy.require(person.hasRole(Roles.DISPATCHER));
        try {
            bookings.step(id, "cancel", new BookingForm.KeyOf(key).value(),
                    new BookingApi.Reason(reason == null || reason.isBlank() ? null : reason.strip()));
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(render(id, null, Refusals.explain(msg, e))).build();
        }
        return Response.seeOther(URI.create(PagePolicy.BOOKINGS_PATH + "/" + id + "?storniert=1")).build();
    }

    private TemplateInstance render(UUID id, String notice, String error) {
        BookingApi.Booking b = bookings.booking(id);
        boolean requester = b.consumerMemberId().equals(person.session().memberId());
        boolean mayCancel = requester && person.hasRole(Roles.DISPATCHER) && CANCELLABLE.contains(b.status())
                && b.start().isAfter(Instant.now());
        return Templates.detail(b, bookings.history(id), requester, mayCancel, UUID.randomUUID().toString(), notice, error);
    }
}
