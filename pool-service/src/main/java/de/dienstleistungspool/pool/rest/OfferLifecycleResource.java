package de.dienstleistungspool.pool.rest;

import de.dienstleistungspool.pool.service.OfferView;
import de.dienstleistungspool.pool.service.OfferLifecycleService;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The owner pauses, resumes and retires its offers. */
@Path("/offers/{id}")
@Tag(name = "Offers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.WORKS_STAFF, Roles.MEMBER_ADMIN})
public class OfferLifecycleResource {

    @Inject
    OfferLifecycleService lifecycle;

    @POST
    @Path("/pause")
    @Operation(summary = "Pause an active offer (existing bookings stay)")
    @APIResponse(responseCode = "200", description = "The paused offer")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another member's offer, or not works staff")
    @APIResponse(responseCode = "404", description = "No such offer in your region")
    @APIResponse(responseCode = "409", description = "The offer is not active")
    public OfferView pause(@PathParam("id") UUID id) {
        return lifecycle.pause(id);
    }

    @POST
    @Path("/resume")
    @Operation(summary = "Make a paused offer bookable again")
    @APIResponse(responseCode = "200", description = "The active offer")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another member's offer, or not works staff")
    @APIResponse(responseCode = "404", description = "No such offer in your region")
    @APIResponse(responseCode = "409", description = "The offer is not paused")
    public OfferView resume(@PathParam("id") UUID id) {
        return lifecycle.resume(id);
    }

    @POST
    @Path("/retire")
    @Operation(summary = "Retire an offer for good; refused while it has open future bookings unless force=true")
    @APIResponse(responseCode = "200", description = "The retired offer")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another member's offer, or not works staff")
    @APIResponse(responseCode = "404", description = "No such offer in your region")
    @APIResponse(responseCode = "409", description = "Open future bookings (named in detail), or already retired")
    public OfferView retire(@PathParam("id") UUID id, @QueryParam("force") @DefaultValue("false") boolean force) {
        return lifecycle.retire(id, force);
    }
}
