package de.dienstleistungspool.municipality.rest;

import de.dienstleistungspool.municipality.service.RegionRequest;
import de.dienstleistungspool.municipality.service.RegionService;
import de.dienstleistungspool.platform.idempotency.Idempotent;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Regions (counties): their own people read them; the platform operator sets them up, adds coordinators, deactivates. */
@Path("/regions")
@Tag(name = "Regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    RegionService service;

    @POST
    @Idempotent
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @Operation(summary = "Create a region with its settlement terms and first coordinators (platform operator); the "
            + "coordinators' initial passwords are shown only in this answer")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RegionView.Created.class)))
    @APIResponse(responseCode = "400", description = "Invalid region, or an e-mail address listed twice")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not the platform operator")
    @APIResponse(responseCode = "409", description = "Region name taken, or a coordinator's e-mail address unavailable")
    @APIResponse(responseCode = "422", description = "First year after next year, or Idempotency-Key reused")
    public Response create(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @NotNull @Valid RegionRequest request,
                           @Context UriInfo uri) {
        var created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.region().id.toString()).build())
                .entity(RegionView.Created.of(created)).build();
    }

    @PUT
    @Path("/{regionId}")
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @Operation(summary = "Create a region under an id the operator chose, like POST /regions (platform operator); the "
            + "same request again changes nothing and issues no password")
    @APIResponse(responseCode = "201", description = "Created; the coordinators' initial passwords are shown only here",
            content = @Content(schema = @Schema(implementation = RegionView.Created.class)))
    @APIResponse(responseCode = "200", description = "The region exists with these settings; nothing changed, no passwords",
            content = @Content(schema = @Schema(implementation = RegionView.Created.class)))
    @APIResponse(responseCode = "400", description = "Invalid region, or an e-mail address listed twice")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not the platform operator")
    @APIResponse(responseCode = "409", description = "The id exists with other settings, the name is taken, or a "
            + "coordinator's e-mail address is unavailable")
    @APIResponse(responseCode = "422", description = "First year after next year")
    public Response createWithId(@PathParam("regionId") UUID regionId, @NotNull @Valid RegionRequest request,
                                 @Context UriInfo uri) {
        var put = service.createWithId(regionId, request);
        var entity = RegionView.Created.of(put.result());
        return put.created() ? Response.created(uri.getAbsolutePath()).entity(entity).build() : Response.ok(entity).build();
    }

    @GET
    @Path("/{regionId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN,
            Roles.PLATFORM_OPERATOR})
    @Operation(summary = "Read the caller's region (the platform operator: any region)")
    @APIResponse(responseCode = "200", description = "The region")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "Not the caller's region")
    public RegionView get(@PathParam("regionId") UUID regionId) {
        return RegionView.of(service.get(regionId));
    }

    @GET
    @Path("/{regionId}/coordinators")
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @Operation(summary = "List the region's coordinators who act for no member (platform operator)")
    @APIResponse(responseCode = "200", description = "The coordinators")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not the platform operator")
    @APIResponse(responseCode = "404", description = "No such region")
    public List<UserView> coordinators(@PathParam("regionId") UUID regionId) {
        return service.coordinators(regionId).stream().map(UserView::of).toList();
    }

    @POST
    @Path("/{regionId}/coordinators")
    @Idempotent
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @Operation(summary = "Add a coordinator to a region (platform operator); the initial password is shown only in this answer")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = UserView.Issued.class)))
    @APIResponse(responseCode = "400", description = "Invalid person")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not the platform operator")
    @APIResponse(responseCode = "404", description = "No such region")
    @APIResponse(responseCode = "409", description = "E-mail address unavailable, or the region is deactivated")
    public Response addCoordinator(@HeaderParam(Idempotent.HEADER) String idempotencyKey,
                                   @PathParam("regionId") UUID regionId,
                                   @NotNull @Valid RegionRequest.NewCoordinator request, @Context UriInfo uri) {
        var issued = service.addCoordinator(regionId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(issued.user().id.toString()).build())
                .entity(UserView.Issued.of(issued)).build();
    }

    @POST
    @Path("/{regionId}/deactivation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @Operation(summary = "Deactivate a region (platform operator, final, RegionDeactivated): it admits no members and "
            + "takes no new bookings; its people still sign in, read and settle")
    @APIResponse(responseCode = "200", description = "The region, now DEACTIVATED")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not the platform operator")
    @APIResponse(responseCode = "404", description = "No such region")
    @APIResponse(responseCode = "409", description = "The region is already deactivated")
    public RegionView deactivate(@PathParam("regionId") UUID regionId) {
        return RegionView.of(service.deactivate(regionId));
    }
}
