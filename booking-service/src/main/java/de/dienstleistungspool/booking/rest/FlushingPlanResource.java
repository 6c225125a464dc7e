package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.booking.service.FlushingCampaigns;
import de.dienstleistungspool.booking.service.FlushingPlans;
import de.dienstleistungspool.platform.idempotency.Idempotent;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
 * The coordinator's county flushing plan (demand against the vehicles' capacity per month) and the campaigns it turns
 * a plan into: proposed booking series per member and provider that the providers confirm like any booking.
 */
@Path("/")
@Tag(name = "Flushing plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class FlushingPlanResource {

    @Inject
    FlushingPlans plans;

    @Inject
    FlushingCampaigns campaigns;

    @GET
    @Path("flushing-plans/{year}")
    @Operation(summary = "The region's flushing demand of a year and sector against the vehicles' free capacity per month")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "400", description = "Invalid year or sector")
    public FlushingPlanView plan(@PathParam("year") @Min(2000) @Max(2200) int year,
                                 @QueryParam("sector") @NotNull Sector sector) {
        return FlushingPlanView.of(plans.plan(year, sector));
    }

    @POST
    @Path("flushing-campaigns")
    @Idempotent
    @Operation(summary = "Turn the region's flushing plan of a year and sector into a campaign of booking series, once")
    @APIResponse(responseCode = "201", description = "The campaign: series per member and provider, conflicts",
            content = @Content(schema = @Schema(implementation = FlushingCampaignView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or missing Idempotency-Key")
    @APIResponse(responseCode = "409", description = "The plan was turned into a campaign already (named), or the region is deactivated")
    @APIResponse(responseCode = "422", description = "No unplanned demand of the year and sector, or Idempotency-Key reused")
    public Response create(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @Valid @NotNull FlushingCampaignRequest body) {
        FlushingCampaignView c = FlushingCampaignView.of(campaigns.create(body.year(), body.sector()));
        return Response.created(URI.create("/flushing-campaigns/" + c.id())).entity(c).build();
    }

    @GET
    @Path("flushing-campaigns/{id}")
    @Operation(summary = "A flushing campaign of the region with its series, their bookings and its conflicts")
    @APIResponse(responseCode = "200", description = "The campaign")
    @APIResponse(responseCode = "404", description = "No such campaign in my region")
    public FlushingCampaignView get(@PathParam("id") UUID id) {
        return FlushingCampaignView.of(campaigns.get(id));
    }
}
