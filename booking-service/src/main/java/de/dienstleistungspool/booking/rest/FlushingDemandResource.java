package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.booking.service.FlushingDemands;
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
import jakarta.ws.rs.PUT;
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
 * Members post their yearly flushing demand per sector (metres or hours, sites, preferred months) for the county
 * flushing plan; the member reads its own, the region's coordinator all of the region.
 */
@Path("/flushing-demands")
@Tag(name = "Flushing plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlushingDemandResource {

    @Inject
    FlushingDemands demands;

    @POST
    @RolesAllowed({Roles.DISPATCHER, Roles.MEMBER_ADMIN})
    @Idempotent
    @Operation(summary = "Post my member's flushing demand of a year and sector")
    @APIResponse(responseCode = "201", description = "The demand", content = @Content(schema = @Schema(implementation = FlushingDemandView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, year (this or next year), unit (METRE or HOUR) or months, or missing Idempotency-Key")
    @APIResponse(responseCode = "403", description = "Not a dispatcher or member admin, or the member has left the pool")
    @APIResponse(responseCode = "409", description = "The member has a demand of this year and sector already (named), or the region is deactivated")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused")
    public Response create(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @Valid @NotNull FlushingDemandRequest body) {
        FlushingDemandView d = FlushingDemandView.of(demands.create(body.command()));
        return Response.created(URI.create("/flushing-demands/" + d.id())).entity(d).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISPATCHER, Roles.MEMBER_ADMIN})
    @Operation(summary = "Change my member's flushing demand until a campaign plans it")
    @APIResponse(responseCode = "200", description = "The changed demand")
    @APIResponse(responseCode = "400", description = "Invalid body, year, unit or months")
    @APIResponse(responseCode = "404", description = "No such demand of my member")
    @APIResponse(responseCode = "409", description = "Planned in a campaign already, another demand of the year and sector exists, or the region is deactivated")
    public FlushingDemandView replace(@PathParam("id") UUID id, @Valid @NotNull FlushingDemandRequest body) {
        return FlushingDemandView.of(demands.replace(id, body.command()));
    }

    @GET
    @RolesAllowed({Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "My member's flushing demands; for the coordinator every demand of the region")
    @APIResponse(responseCode = "200", description = "One page of demands, newest year first")
    public Paged<FlushingDemandView> list(@QueryParam("year") Integer year, @QueryParam("sector") Sector sector,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return demands.list(year, sector, page, size).map(FlushingDemandView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN, Roles.COORDINATOR})
    @Operation(summary = "One flushing demand of my member (or, for the coordinator, of the region)")
    @APIResponse(responseCode = "200", description = "The demand")
    @APIResponse(responseCode = "404", description = "No such demand of my member or region")
    public FlushingDemandView get(@PathParam("id") UUID id) {
        return FlushingDemandView.of(demands.get(id));
    }
}
