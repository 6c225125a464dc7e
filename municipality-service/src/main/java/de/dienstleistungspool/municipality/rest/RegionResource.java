package de.dienstleistungspool.municipality.rest;

import de.dienstleistungspool.municipality.service.MemberService;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's region (county) and its coordinator's contact. */
@Path("/regions/{regionId}")
@Tag(name = "Regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    MemberService members;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN})
    @Operation(summary = "Read the caller's region")
    @APIResponse(responseCode = "200", description = "The region")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "Not the caller's region")
    public RegionView get(@PathParam("regionId") UUID regionId) {
        var region = members.region(regionId);
        return new RegionView(region.id, region.name, region.coordinatorName, region.coordinatorEmail);
    }

    /** A region as the API shows it. */
    public record RegionView(UUID id, String name, String coordinatorName, String coordinatorEmail) {
    }
}
