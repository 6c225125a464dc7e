package de.dienstleistungspool.portal.pages;

import de.dienstleistungspool.portal.clients.BookingApi;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Anfragen und Einsätze, for the owner's works staff: incoming requests to confirm or reject, what starts or is due
 * back today, what is running, and recording the start and the completion with the actual usage.
 */
@Path(PagePolicy.JOBS_PATH)
@Produces(MediaType.TEXT_HTML)
public class JobsPage {

    /** The German step in the address and the booking-service step behind it. */
    static final Map<String, String> STEPS = Map.of("bestaetigen", "confirm", "ablehnen", "reject",
            "beginnen", "start", "nicht-erschienen", "no-show");

    @Inject
    CurrentPerson person;

    @Inject
    Messages msg;

    @RestClient
    BookingApi bookings;

    @RestClient
    de.dienstleistungspool.portal.clients.PoolApi pool;

    /** A booking with the Idempotency-Key its action forms send. */
    public record Job(BookingApi.Booking booking, String key, boolean startsToday, boolean endsToday, String unit) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance jobs(List<Job> requests, List<Job> upcoming, List<Job> running,
                String notice, String error);
    }

    @GET
    public TemplateInstance jobs(@QueryParam("erledigt") String done) {
        PagePolicy.require(PagePolicy.mayHandleJobs(person));
        return render(done == null ? null : msg.jobs_done(done), null);
    }

    @POST
    @Path("/{id}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") UUID id, @PathParam("step") String step, @FormParam("grund") String reason,
            @FormParam("schluessel") String key) {
        PagePolicy.require(PagePolicy.mayHandleJobs(person));
        String action = STEPS.get(step);
        if (action == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return perform(step, () -> bookings.step(id, action, new BookingForm.KeyOf(key).value(),
                new BookingApi.Reason(reason == null || reason.isBlank() ? null : reason.strip())));
    }

    @POST
    @Path("/{id}/abschliessen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("id") UUID id, @FormParam("menge") String quantity,
            @FormParam("einheit") String unit, @FormParam("schluessel") String key) {
        PagePolicy.require(PagePolicy.mayHandleJobs(person));
        BigDecimal amount;
        try {
            amount = new BigDecimal(quantity == null ? "" : quantity.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Response.status(400).entity(render(null, msg.refusal("invalid-usage"))).build();
        }
        return perform("abschliessen", () -> bookings.complete(id, new BookingForm.KeyOf(key).value(),
                new BookingApi.Completion(new BookingApi.Quantity(amount, Params.code(unit)), null)));
    }

    private Response perform(String step, Runnable call) {
        try {
            call.run();
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(render(null, Refusals.explain(msg, e))).build();
        }
        return Response.seeOther(URI.create(PagePolicy.JOBS_PATH + "?erledigt=" + step)).build();
    }

    private TemplateInstance render(String notice, String error) {
        LocalDate today = LocalDate.now(DayPlanner.BERLIN);
        Instant dayStart = today.atStartOfDay(DayPlanner.BERLIN).toInstant();
        Instant dayEnd = today.plusDays(1).atStartOfDay(DayPlanner.BERLIN).toInstant();
        List<Job> requests = jobs("REQUESTED", null, dayStart, dayEnd, false);
        List<Job> upcoming = jobs("CONFIRMED", dayStart.minusSeconds(7 * 86400), dayStart, dayEnd, false);
        List<Job> running = jobs("IN_USE", null, dayStart, dayEnd, true);
        return Templates.jobs(requests, upcoming, running, notice, error);
    }

    /** The member's bookings as provider in one status; for running ones also the unit usage is recorded in. */
    private List<Job> jobs(String status, Instant from, Instant dayStart, Instant dayEnd, boolean withUnit) {
        Map<UUID, String> units = new java.util.HashMap<>();
        return bookings.bookings("provider", status, from, null, 0, 50).items().stream()
                .map(b -> new Job(b, UUID.randomUUID().toString(),
                        !b.start().isBefore(dayStart) && b.start().isBefore(dayEnd),
                        !b.end().isBefore(dayStart) && b.end().isBefore(dayEnd),
                        !withUnit ? null : b.scope() != null ? b.scope().unit()
                                : units.computeIfAbsent(b.offerId(), id -> pool.offer(id).unit())))
                .toList();
    }
}
