package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.BookingStatus;
import de.dienstleistungspool.booking.service.BookingQueries;
import de.dienstleistungspool.booking.service.BookingRequests;
import de.dienstleistungspool.booking.service.ReportsRefusals;
import de.dienstleistungspool.platform.idempotency.Idempotent;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Requests bookings and lists a member's bookings and a booking's audit trail.
 */
@Path("/bookings")
@Tag(name = "Bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    @Inject
    BookingRequests requests;

    @Inject
    BookingQueries queries;

    @POST
    @RolesAllowed(Roles.DISPATCHER)
    @Idempotent
    @ReportsRefusals
    @Operation(summary = "Request an offer for a period (a dispatcher of another member of the offer's region)")
    @APIResponse(responseCode = "201", description = "Requested (or confirmed at once if the offer auto-confirms)", content = @Content(schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, period or missing Idempotency-Key")
    @APIResponse(responseCode = "404", description = "Unknown offer or an offer of another region")
    @APIResponse(responseCode = "409", description = "The period overlaps another booking or a blackout, the offer is paused/retired, or the region is deactivated")
    @APIResponse(responseCode = "422", description = "Settlement mode or sector not accepted, own offer, or Idempotency-Key reused for another request")
    public Response request(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @Valid @NotNull BookingRequest body) {
        Booking b = requests.request(body.toDraft());
        return Response.created(URI.create("/bookings/" + b.id)).entity(BookingView.of(b)).build();
    }

    @GET
    @RolesAllowed({Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING})
    @Operation(summary = "My member's bookings as requester, as provider or both, by status and period, paged")
    @APIResponse(responseCode = "200", description = "One page of bookings")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public Paged<BookingView> list(
            @QueryParam("role") @DefaultValue("all") @Pattern(regexp = "requester|provider|all") String role,
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return queries.mine(role, statusOf(status), instant("from", from), instant("to", to), page, size)
                .map(BookingView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.COORDINATOR})
    @Operation(summary = "One booking of which my member is requester or provider (the coordinator: any of the region)")
    @APIResponse(responseCode = "200", description = "The booking")
    @APIResponse(responseCode = "404", description = "No such booking, or not one of my member's")
    public BookingView get(@PathParam("id") UUID id) {
        return BookingView.of(queries.visible(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.COORDINATOR})
    @Operation(summary = "A booking's audit trail: every transition with who, when and why")
    @APIResponse(responseCode = "200", description = "The transitions, oldest first")
    @APIResponse(responseCode = "404", description = "No such booking, or not one of my member's")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return queries.history(id).stream().map(TransitionView::of).toList();
    }

    private static BookingStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return BookingStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-status", "Unknown status '" + status + "'; allowed: "
                    + java.util.Arrays.toString(BookingStatus.values()));
        }
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-instant", "'" + name + "' must be an ISO 8601 UTC instant, e.g. 2026-07-01T06:00:00Z");
        }
    }
}
