package de.dienstleistungspool.municipality.rest;

import de.dienstleistungspool.municipality.domain.MemberKind;
import de.dienstleistungspool.municipality.domain.MemberStatus;
import de.dienstleistungspool.municipality.service.DepotRequest;
import de.dienstleistungspool.municipality.service.MemberRequest;
import de.dienstleistungspool.municipality.service.MemberService;
import de.dienstleistungspool.platform.idempotency.Idempotent;
import de.dienstleistungspool.platform.audit.AuditRecord;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The members of the caller's region: every role reads the directory; the coordinator admits and lets go. */
@Path("/members")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    @Inject
    MemberService service;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN})
    @Operation(summary = "List the members of the caller's region, filtered by status, kind and name, sorted by name")
    @APIResponse(responseCode = "200", description = "A page of members")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter")
    @APIResponse(responseCode = "401", description = "No valid token")
    public Paged<MemberView> list(@QueryParam("status") MemberStatus status, @QueryParam("kind") MemberKind kind,
                                     @QueryParam("name") String name,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.list(status, kind, name, page, size).map(d -> MemberView.of(d.member(), d.depots()));
    }

    @GET
    @Path("/{memberId}/history")
    @RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN})
    @Operation(summary = "Who changed the member's user roles and billing details when (changed fields before and after), oldest first")
    @APIResponse(responseCode = "200", description = "The recorded changes")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "Not the caller's own member, nor one of the coordinator's region")
    public List<AuditRecord> history(@PathParam("memberId") UUID memberId) {
        return service.history(memberId);
    }

    @GET
    @Path("/{memberId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN})
    @Operation(summary = "Read a member of the caller's region with its depots")
    @APIResponse(responseCode = "200", description = "The member")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "No such member in the caller's region")
    public MemberView get(@PathParam("memberId") UUID memberId) {
        var d = service.get(memberId);
        return MemberView.of(d.member(), d.depots());
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Admit a member to the coordinator's region (MemberJoined), optionally with its first member-admin")
    @APIResponse(responseCode = "201", description = "Admitted; the first admin's initial password is shown only here", content = @Content(schema = @Schema(implementation = AdmittedView.class)))
    @APIResponse(responseCode = "400", description = "Invalid member, e.g. unknown sector or malformed Leitweg-ID")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not a coordinator")
    @APIResponse(responseCode = "409", description = "A member of that name exists in the region, or the admin e-mail is taken")
    public Response admit(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @NotNull @Valid MemberRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        var admitted = service.admit(request);
        var member = admitted.details().member();
        var body = new AdmittedView(MemberView.of(member, admitted.details().depots()),
                admitted.firstAdmin() == null ? null : UserView.Issued.of(admitted.firstAdmin()));
        return Response.created(uri.getAbsolutePathBuilder().path(member.id.toString()).build()).entity(body).build();
    }

    @PUT
    @Path("/{memberId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.MEMBER_ADMIN})
    @Operation(summary = "Change a member's name, kind, sectors, Leitweg-ID, contact and address (MemberChanged)")
    @APIResponse(responseCode = "200", description = "The changed member")
    @APIResponse(responseCode = "400", description = "Invalid member")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither the region's coordinator nor the member's own member-admin")
    @APIResponse(responseCode = "404", description = "No such member in the caller's region")
    @APIResponse(responseCode = "409", description = "Name taken in the region, or the member has left")
    public MemberView change(@PathParam("memberId") UUID memberId, @NotNull @Valid MemberRequest request) {
        var d = service.change(memberId, request);
        return MemberView.of(d.member(), d.depots());
    }

    @POST
    @Path("/{memberId}/leave")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record that a member leaves the pool (MemberLeft); its people and clients lose access, its history stays")
    @APIResponse(responseCode = "200", description = "The member, now LEFT")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not a coordinator")
    @APIResponse(responseCode = "404", description = "No such member in the coordinator's region")
    @APIResponse(responseCode = "409", description = "The member has already left")
    public MemberView leave(@PathParam("memberId") UUID memberId) {
        var d = service.leave(memberId);
        return MemberView.of(d.member(), d.depots());
    }

    @POST
    @Idempotent
    @Path("/{memberId}/depots")
    @RolesAllowed({Roles.COORDINATOR, Roles.MEMBER_ADMIN})
    @Operation(summary = "Add a depot to a member (MemberChanged)")
    @APIResponse(responseCode = "201", description = "The new depot", content = @Content(schema = @Schema(implementation = DepotView.class)))
    @APIResponse(responseCode = "400", description = "Invalid depot")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither the region's coordinator nor the member's own member-admin")
    @APIResponse(responseCode = "404", description = "No such member in the caller's region")
    @APIResponse(responseCode = "409", description = "A depot of that name exists, or the member has left")
    public Response addDepot(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @PathParam("memberId") UUID memberId, @NotNull @Valid DepotRequest request,
                             @jakarta.ws.rs.core.Context UriInfo uri) {
        var depot = service.addDepot(memberId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(depot.id.toString()).build()).entity(DepotView.of(depot)).build();
    }

    @PUT
    @Path("/{memberId}/depots/{depotId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.MEMBER_ADMIN})
    @Operation(summary = "Change a member's depot (MemberChanged)")
    @APIResponse(responseCode = "200", description = "The changed depot")
    @APIResponse(responseCode = "400", description = "Invalid depot")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither the region's coordinator nor the member's own member-admin")
    @APIResponse(responseCode = "404", description = "No such member or depot")
    @APIResponse(responseCode = "409", description = "A depot of that name exists, or the member has left")
    public DepotView changeDepot(@PathParam("memberId") UUID memberId, @PathParam("depotId") UUID depotId,
                                 @NotNull @Valid DepotRequest request) {
        return DepotView.of(service.changeDepot(memberId, depotId, request));
    }

    /** Answer to admitting a member. */
    public record AdmittedView(MemberView member, UserView.Issued firstAdmin) {
    }
}
