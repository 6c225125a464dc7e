package de.dienstleistungspool.pool.rest;

import de.dienstleistungspool.platform.idempotency.Idempotent;
import de.dienstleistungspool.pool.service.BlackoutView;
import de.dienstleistungspool.pool.service.BlackoutRequest;
import de.dienstleistungspool.pool.service.BlackoutService;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Blackouts (Sperrzeiten: maintenance, repair, holidays) of an offer, set by its owner. */
@Path("/offers/{offerId}/blackouts")
@Tag(name = "Blackouts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BlackoutResource {

    @Inject
    BlackoutService blackouts;

    @POST
    @Idempotent
    @RolesAllowed({Roles.WORKS_STAFF, Roles.MEMBER_ADMIN})
    @Operation(summary = "Block a period of your offer; the answer lists the bookings it hits")
    @APIResponse(responseCode = "201", description = "Created; hitBookings names the affected bookings", content = @Content(schema = @Schema(implementation = BlackoutView.class)))
    @APIResponse(responseCode = "400", description = "Invalid period or reason")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another member's offer, or not works staff")
    @APIResponse(responseCode = "404", description = "No such offer in your region")
    @APIResponse(responseCode = "409", description = "Overlaps another blackout, or the offer is retired")
    public Response add(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @PathParam("offerId") UUID offerId, @NotNull @Valid BlackoutRequest request, @Context UriInfo uri) {
        BlackoutView created = blackouts.add(offerId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN})
    @Operation(summary = "List an offer's blackouts (reasons only for the owner)")
    @APIResponse(responseCode = "200", description = "The blackouts, by start")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "No such offer in your region")
    public List<BlackoutView> list(@PathParam("offerId") UUID offerId) {
        return blackouts.list(offerId);
    }

    @DELETE
    @Path("/{blackoutId}")
    @RolesAllowed({Roles.WORKS_STAFF, Roles.MEMBER_ADMIN})
    @Operation(summary = "Release a blackout of your offer")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another member's offer, or not works staff")
    @APIResponse(responseCode = "404", description = "No such offer or blackout")
    public void remove(@PathParam("offerId") UUID offerId, @PathParam("blackoutId") UUID blackoutId) {
        blackouts.remove(offerId, blackoutId);
    }
}
