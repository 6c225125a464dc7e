package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.service.BookingQueries;
import de.dienstleistungspool.booking.service.BookingSeriesRequests;
import de.dienstleistungspool.booking.service.ReportsRefusals;
import de.dienstleistungspool.platform.idempotency.Idempotent;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Books recurring periods (standby rotas) in one request, all-or-nothing or skipping the conflicting dates.
 */
@Path("/booking-series")
@Tag(name = "Recurring bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingSeriesResource {

    @Inject
    BookingSeriesRequests series;

    @Inject
    BookingQueries queries;

    @POST
    @RolesAllowed(Roles.DISPATCHER)
    @Idempotent
    @ReportsRefusals
    @Operation(summary = "Book a rota; all-or-nothing unless skipConflicts=true")
    @APIResponse(responseCode = "201", description = "The bookings made and the occurrences skipped", content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, rule, periods or missing Idempotency-Key")
    @APIResponse(responseCode = "404", description = "Unknown offer or an offer of another region")
    @APIResponse(responseCode = "409", description = "Occurrences conflict (listed in 'conflicts'), or the region is deactivated; nothing was booked")
    @APIResponse(responseCode = "422", description = "Settlement mode or sector not accepted, own offer, or Idempotency-Key reused")
    public Response request(@HeaderParam(Idempotent.HEADER) String idempotencyKey,
                            @QueryParam("skipConflicts") @DefaultValue("false") boolean skipConflicts,
                            @Valid @NotNull RecurringBookingRequest body) {
        BookingSeriesRequests.SeriesResult r = series.request(body.template(), body.occurrences(), skipConflicts);
        return Response.created(URI.create("/booking-series/" + r.seriesId())).entity(new SeriesView(r.seriesId(),
                r.bookings().stream().map(BookingView::of).toList(), r.skipped())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING})
    @Operation(summary = "The bookings of a rota my member requested or provides")
    @APIResponse(responseCode = "200", description = "The series' bookings")
    @APIResponse(responseCode = "404", description = "No such series, or not one of my member's")
    public SeriesView get(@PathParam("id") UUID id) {
        List<BookingView> bookings = queries.series(id).stream().map(BookingView::of).toList();
        return new SeriesView(id, bookings, List.of());
    }
}
