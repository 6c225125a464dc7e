package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.service.Extensions;
import de.dienstleistungspool.booking.service.HeldSlots;
import de.dienstleistungspool.booking.service.Rebooking;
import de.dienstleistungspool.booking.service.ReportsRefusals;
import de.dienstleistungspool.booking.service.Withdrawals;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * When a booking goes wrong: the owner withdraws it, the requester rebooks an equivalent offer in its place, asks for
 * an extension (which the owner confirms or rejects), or claims a slot the waitlist holds for it.
 */
@Path("/bookings/{id}")
@Tag(name = "Booking recovery")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid body or missing Idempotency-Key")
@APIResponse(responseCode = "403", description = "My member takes part in the booking but not in the role this step needs")
@APIResponse(responseCode = "404", description = "No such booking, or not one of my member's")
@APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request")
@Idempotent
public class BookingRecoveryResource {

    @Inject
    Withdrawals withdrawals;

    @Inject
    Rebooking rebooking;

    @Inject
    Extensions extensions;

    @Inject
    HeldSlots heldSlots;

    @POST
    @Path("/withdraw")
    @RolesAllowed(Roles.WORKS_STAFF)
    @Operation(summary = "Withdraw a confirmed booking that has not started, with a reason (works staff of the owner); "
            + "the requester is told with the nearest free equivalent offers")
    @APIResponse(responseCode = "200", description = "The booking, WITHDRAWN",
        content = @Content(schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "The booking is not CONFIRMED")
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(Idempotent.HEADER) String idempotencyKey,
                             @Valid @NotNull TransitionRequest body) {
        return ok(BookingView.of(withdrawals.withdraw(id, body.reason())));
    }

    @POST
    @Path("/rebook")
    @RolesAllowed(Roles.DISPATCHER)
    @ReportsRefusals
    @Operation(summary = "Book an equivalent offer for a withdrawn booking's period in one call (dispatcher of the "
            + "requester); the new booking names the withdrawn one in replacesBookingId")
    @APIResponse(responseCode = "201", description = "The new booking", content = @Content(schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Not withdrawn, already rebooked, or the offer is taken, blacked out or unavailable")
    public Response rebook(@PathParam("id") UUID id, @HeaderParam(Idempotent.HEADER) String idempotencyKey,
                           @Valid @NotNull RebookRequest body) {
        BookingView b = BookingView.of(rebooking.rebook(id, body.offerId(), body.reason()));
        return Response.created(URI.create("/bookings/" + b.id())).entity(b).build();
    }

    @POST
    @Path("/extend")
    @RolesAllowed(Roles.DISPATCHER)
    @Operation(summary = "Ask to extend a confirmed or running booking (dispatcher of the requester); granted at once "
            + "when the offer confirms automatically, otherwise the owner decides")
    @APIResponse(responseCode = "200", description = "The booking, extended or with requestedEnd set",
        content = @Content(schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "The longer period is taken (the detail names the next booking), "
            + "or the booking cannot be extended now")
    public Response extend(@PathParam("id") UUID id, @HeaderParam(Idempotent.HEADER) String idempotencyKey,
                           @Valid @NotNull ExtensionRequest body) {
        return ok(BookingView.of(extensions.request(id, body.end(), body.reason())));
    }

    @POST
    @Path("/extension/confirm")
    @RolesAllowed(Roles.WORKS_STAFF)
    @Operation(summary = "Grant the requested extension (works staff of the owner)")
    @APIResponse(responseCode = "200", description = "The booking with its new end",
        content = @Content(schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "No extension requested, or the longer period is taken (names the next booking)")
    public Response confirmExtension(@PathParam("id") UUID id, @HeaderParam(Idempotent.HEADER) String idempotencyKey,
                                     @Valid TransitionRequest body) {
        return ok(BookingView.of(extensions.confirm(id, TransitionRequest.reasonOf(body))));
    }

    @POST
    @Path("/extension/reject")
    @RolesAllowed(Roles.WORKS_STAFF)
    @Operation(summary = "Refuse the requested extension (works staff of the owner)")
    @APIResponse(responseCode = "200", description = "The booking, unchanged end",
        content = @Content(schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "No extension requested")
    public Response rejectExtension(@PathParam("id") UUID id, @HeaderParam(Idempotent.HEADER) String idempotencyKey,
                                    @Valid TransitionRequest body) {
        return ok(BookingView.of(extensions.reject(id, TransitionRequest.reasonOf(body))));
    }

    @POST
    @Path("/claim")
    @RolesAllowed(Roles.DISPATCHER)
    @Operation(summary = "Claim a slot the waitlist holds for my member before the hold ends; it becomes a request")
    @APIResponse(responseCode = "200", description = "The booking, REQUESTED (or CONFIRMED if the offer confirms automatically)",
        content = @Content(schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "Not HELD, or the hold has ended")
    public Response claim(@PathParam("id") UUID id, @HeaderParam(Idempotent.HEADER) String idempotencyKey,
                          @Valid TransitionRequest body) {
        return ok(BookingView.of(heldSlots.claim(id, TransitionRequest.reasonOf(body))));
    }

    private static Response ok(BookingView b) {
        return Response.ok(b).build();
    }
}
