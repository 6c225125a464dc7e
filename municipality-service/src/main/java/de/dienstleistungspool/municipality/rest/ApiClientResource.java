package de.dienstleistungspool.municipality.rest;

import de.dienstleistungspool.municipality.service.CredentialRequests;
import de.dienstleistungspool.municipality.service.ApiClientService;
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

/** The API clients (machine credentials) of a member, managed by that member's own member-admin only. */
@Path("/members/{memberId}/clients")
@Tag(name = "API clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER_ADMIN)
public class ApiClientResource {

    @Inject
    ApiClientService service;

    @POST
    @Idempotent
    @Operation(summary = "Create an API client with roles and optional expiry; the secret is shown only in this answer")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ClientView.Issued.class)))
    @APIResponse(responseCode = "400", description = "Invalid client, a role that cannot be granted, or an expiry in the past")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not a member-admin")
    @APIResponse(responseCode = "404", description = "Not the caller's member")
    @APIResponse(responseCode = "409", description = "The member has left")
    public Response create(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @PathParam("memberId") UUID memberId, @NotNull @Valid CredentialRequests.NewClient request,
                           @Context UriInfo uri) {
        var issued = service.addClient(memberId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(issued.client().clientId).build())
                .entity(ClientView.Issued.of(issued)).build();
    }

    @GET
    @Operation(summary = "List the member's API clients, optionally only revoked or only unrevoked ones")
    @APIResponse(responseCode = "200", description = "A page of clients")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not a member-admin")
    @APIResponse(responseCode = "404", description = "Not the caller's member")
    public Paged<ClientView> list(@PathParam("memberId") UUID memberId, @QueryParam("revoked") Boolean revoked,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.listClients(memberId, revoked, page, size).map(ClientView::of);
    }

    @GET
    @Path("/{clientId}")
    @Operation(summary = "Read one API client of the member")
    @APIResponse(responseCode = "200", description = "The client")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not a member-admin")
    @APIResponse(responseCode = "404", description = "Not the caller's member, or no such client")
    public ClientView get(@PathParam("memberId") UUID memberId, @PathParam("clientId") String clientId) {
        return ClientView.of(service.client(memberId, clientId));
    }

    @POST
    @Path("/{clientId}/revoke")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Revoke an API client (CredentialRevoked): its tokens stop working at once here, within seconds elsewhere")
    @APIResponse(responseCode = "200", description = "The revoked client")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not a member-admin")
    @APIResponse(responseCode = "404", description = "Not the caller's member, or no such client")
    public ClientView revoke(@PathParam("memberId") UUID memberId, @PathParam("clientId") String clientId) {
        return ClientView.of(service.revokeClient(memberId, clientId));
    }
}
