package de.dienstleistungspool.municipality.rest;

import de.dienstleistungspool.municipality.service.CredentialRequests;
import de.dienstleistungspool.municipality.service.CredentialService;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people of a member, managed by that member's own member-admin only; other members' people answer 404. */
@Path("/members/{memberId}/users")
@Tag(name = "Users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER_ADMIN)
public class UserResource {

    @Inject
    CredentialService service;

    @POST
    @Idempotent
    @Operation(summary = "Add a person with roles (UserChanged); the initial password is shown only in this answer")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = UserView.Issued.class)))
    @APIResponse(responseCode = "400", description = "Invalid person or a role that cannot be granted")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not a member-admin")
    @APIResponse(responseCode = "404", description = "Not the caller's member")
    @APIResponse(responseCode = "409", description = "E-mail address taken, or the member has left")
    public Response add(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @PathParam("memberId") UUID memberId, @NotNull @Valid CredentialRequests.NewUser request,
                        @Context UriInfo uri) {
        var issued = service.addUser(memberId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(issued.user().id.toString()).build())
                .entity(UserView.Issued.of(issued)).build();
    }

    @GET
    @Operation(summary = "List the member's people, optionally only active or deactivated ones")
    @APIResponse(responseCode = "200", description = "A page of people")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not a member-admin")
    @APIResponse(responseCode = "404", description = "Not the caller's member")
    public Paged<UserView> list(@PathParam("memberId") UUID memberId, @QueryParam("active") Boolean active,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.listUsers(memberId, active, page, size).map(UserView::of);
    }

    @GET
    @Path("/{userId}")
    @Operation(summary = "Read one person of the member")
    @APIResponse(responseCode = "200", description = "The person")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not a member-admin")
    @APIResponse(responseCode = "404", description = "Not the caller's member, or no such person")
    public UserView get(@PathParam("memberId") UUID memberId, @PathParam("userId") UUID userId) {
        return UserView.of(service.user(memberId, userId));
    }

    @PUT
    @Path("/{userId}")
    @Operation(summary = "Change a person's name and roles (UserChanged)")
    @APIResponse(responseCode = "200", description = "The changed person")
    @APIResponse(responseCode = "400", description = "Invalid change or a role that cannot be granted")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not a member-admin")
    @APIResponse(responseCode = "404", description = "Not the caller's member, or no such person")
    @APIResponse(responseCode = "409", description = "The person is deactivated")
    public UserView change(@PathParam("memberId") UUID memberId, @PathParam("userId") UUID userId,
                           @NotNull @Valid CredentialRequests.UserChange request) {
        return UserView.of(service.changeUser(memberId, userId, request));
    }

    @POST
    @Path("/{userId}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Deactivate a person for good (UserChanged, CredentialRevoked): its tokens stop working at once here, within seconds elsewhere")
    @APIResponse(responseCode = "200", description = "The deactivated person")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not a member-admin")
    @APIResponse(responseCode = "404", description = "Not the caller's member, or no such person")
    public UserView deactivate(@PathParam("memberId") UUID memberId, @PathParam("userId") UUID userId) {
        return UserView.of(service.deactivateUser(memberId, userId));
    }
}
