package de.dienstleistungspool.pool.rest;

import de.dienstleistungspool.pool.service.AvailabilityView;
import de.dienstleistungspool.pool.service.AvailabilityService;
import de.dienstleistungspool.pool.service.Periods;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** When one offer of the region is free and when it is taken. */
@Path("/offers/{id}/availability")
@Tag(name = "Availability")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN})
public class AvailabilityResource {

    @Inject
    AvailabilityService availability;

    @GET
    @Operation(summary = "Free and busy periods of one offer in [from, to)",
            description = "Free periods lie within the offer's bookable hours; outside them the offer is not free.")
    @APIResponse(responseCode = "200", description = "Free and busy periods")
    @APIResponse(responseCode = "400", description = "Missing, malformed, reversed or empty window")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "No such offer in your region")
    public AvailabilityView availability(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return availability.availability(id, Periods.instant("from", from), Periods.instant("to", to));
    }
}
