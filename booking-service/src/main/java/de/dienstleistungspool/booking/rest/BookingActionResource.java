package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.service.BookingTransitions;
import de.dienstleistungspool.platform.idempotency.Idempotent;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The lifecycle steps of a booking: the owner's works staff confirm, reject, record start and completion or a
 * no-show; the requester's dispatcher cancels.
 */
@Path("/bookings/{id}")
@Tag(name = "Booking lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "200", description = "The booking after the step",
        content = @Content(schema = @Schema(implementation = BookingView.class)))
@APIResponse(responseCode = "400", description = "Invalid body or missing Idempotency-Key")
@APIResponse(responseCode = "403", description = "My member takes part in the booking but not in the role this step needs")
@APIResponse(responseCode = "404", description = "No such booking, or not one of my member's")
@APIResponse(responseCode = "409", description = "The booking's status does not allow this step, or its start is too far ahead")
@APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request, or usage beyond what the booking can have used")
@Idempotent
public class BookingActionResource {

    @Inject
    BookingTransitions transitions;

    @POST
    @Path("/confirm")
    @RolesAllowed(Roles.WORKS_STAFF)
    @Operation(summary = "Confirm a requested booking (works staff of the offer's owner)")
    public Response confirm(@PathParam("id") UUID id, @HeaderParam(Idempotent.HEADER) String idempotencyKey,
            @Valid TransitionRequest body) {
        return ok(transitions.confirm(id, TransitionRequest.reasonOf(body)));
    }

    @POST
    @Path("/reject")
    @RolesAllowed(Roles.WORKS_STAFF)
    @Operation(summary = "Reject a requested booking (works staff of the offer's owner)")
    public Response reject(@PathParam("id") UUID id, @HeaderParam(Idempotent.HEADER) String idempotencyKey,
            @Valid TransitionRequest body) {
        return ok(transitions.reject(id, TransitionRequest.reasonOf(body)));
    }

    @POST
    @Path("/cancel")
    @RolesAllowed(Roles.DISPATCHER)
    @Operation(summary = "Cancel before the start (dispatcher of the requesting member); late cancellations are recorded")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(Idempotent.HEADER) String idempotencyKey,
            @Valid TransitionRequest body) {
        return ok(transitions.cancel(id, TransitionRequest.reasonOf(body)));
    }

    @POST
    @Path("/start")
    @RolesAllowed(Roles.WORKS_STAFF)
    @Operation(summary = "Record pick-up (equipment) or start of work (service, standby) (works staff of the owner)")
    public Response start(@PathParam("id") UUID id, @HeaderParam(Idempotent.HEADER) String idempotencyKey,
            @Valid TransitionRequest body) {
        return ok(transitions.start(id, TransitionRequest.reasonOf(body)));
    }

    @POST
    @Path("/complete")
    @RolesAllowed({Roles.WORKS_STAFF, Roles.COORDINATOR})
    @Operation(summary = "Record return or completion with the actual usage (works staff of the owner, at most the booked "
            + "period times the overtime factor; the region's coordinator with a reason for more)")
    public Response complete(@PathParam("id") UUID id, @HeaderParam(Idempotent.HEADER) String idempotencyKey,
            @Valid @NotNull CompletionRequest body) {
        return ok(transitions.complete(id, body.usage().quantity(), body.usage().unit(), body.reason()));
    }

    @POST
    @Path("/no-show")
    @RolesAllowed(Roles.WORKS_STAFF)
    @Operation(summary = "Record that the requester did not turn up (works staff of the owner, after the start)")
    public Response noShow(@PathParam("id") UUID id, @HeaderParam(Idempotent.HEADER) String idempotencyKey,
            @Valid TransitionRequest body) {
        return ok(transitions.noShow(id, TransitionRequest.reasonOf(body)));
    }

    private static Response ok(Booking moved) {
        return Response.ok(BookingView.of(moved)).build();
    }
}
