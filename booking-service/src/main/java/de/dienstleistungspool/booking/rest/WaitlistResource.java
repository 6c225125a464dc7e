package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.service.WaitlistRequests;
import de.dienstleistungspool.platform.idempotency.Idempotent;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The waitlist of taken periods: a dispatcher queues its member for a period of an offer; when it frees, the first
 * fitting entry gets a HELD booking for the hold time (claim it with {@code POST /bookings/{id}/claim}).
 */
@Path("/waitlist-entries")
@Tag(name = "Waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DISPATCHER)
public class WaitlistResource {

    @Inject
    WaitlistRequests waitlist;

    @POST
    @Idempotent
    @Operation(summary = "Join the waitlist of a taken period of an offer (dispatcher of another member of its region)")
    @APIResponse(responseCode = "201", description = "Queued (WAITING)", content = @Content(schema = @Schema(implementation = WaitlistEntryView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, period or expiry, or missing Idempotency-Key")
    @APIResponse(responseCode = "404", description = "Unknown offer or an offer of another region")
    @APIResponse(responseCode = "409", description = "The period is free (book it), the offer is paused/retired, or the region is deactivated")
    @APIResponse(responseCode = "422", description = "Settlement mode or sector not accepted, own offer, or Idempotency-Key reused")
    public Response join(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @Valid @NotNull WaitlistEntryRequest body) {
        WaitlistEntryView e = WaitlistEntryView.of(waitlist.join(body.toDraft(), body.expiresAt()));
        return Response.created(URI.create("/waitlist-entries/" + e.id())).entity(e).build();
    }

    @GET
    @Operation(summary = "My member's waitlist entries, newest first")
    @APIResponse(responseCode = "200", description = "One page of entries")
    public Paged<WaitlistEntryView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return waitlist.mine(page, size).map(WaitlistEntryView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my member's waitlist entries")
    @APIResponse(responseCode = "200", description = "The entry")
    @APIResponse(responseCode = "404", description = "No such entry of my member")
    public WaitlistEntryView get(@PathParam("id") UUID id) {
        return WaitlistEntryView.of(waitlist.mine(id));
    }

    @POST
    @Idempotent
    @Path("/{id}/cancel")
    @Operation(summary = "Leave the waitlist")
    @APIResponse(responseCode = "200", description = "The entry, CANCELLED",
        content = @Content(schema = @Schema(implementation = WaitlistEntryView.class)))
    @APIResponse(responseCode = "404", description = "No such entry of my member")
    @APIResponse(responseCode = "409", description = "The entry no longer waits (a held slot is declined by cancelling its booking)")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return Response.ok(WaitlistEntryView.of(waitlist.leave(id))).build();
    }
}
