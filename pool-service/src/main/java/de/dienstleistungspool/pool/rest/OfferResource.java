package de.dienstleistungspool.pool.rest;

import de.dienstleistungspool.platform.idempotency.Idempotent;
import de.dienstleistungspool.platform.audit.AuditRecord;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.pool.service.OfferView;
import de.dienstleistungspool.pool.service.OfferRequest;
import de.dienstleistungspool.pool.domain.OfferKind;
import de.dienstleistungspool.pool.domain.OfferStatus;
import de.dienstleistungspool.pool.service.OfferService;
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

/** The offers of the caller's region: every member reads them, the owner's works staff create and edit them. */
@Path("/offers")
@Tag(name = "Offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfferResource {

    @Inject
    OfferService offers;

    @POST
    @Idempotent
    @RolesAllowed({Roles.WORKS_STAFF, Roles.MEMBER_ADMIN})
    @Operation(summary = "Offer equipment, a person on standby or a service to the region",
            description = "bookableHours: the weekly hours (Europe/Berlin) in which it can be booked, e.g. "
                    + "[{\"days\":[\"MONDAY\",…,\"FRIDAY\"],\"from\":\"07:00\",\"to\":\"16:00\"}]; omitted: around the clock.")
    @APIResponse(responseCode = "201", description = "Created; Location names the offer", content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "400", description = "Invalid offer (e.g. invalid-bookable-hours)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not works staff or member admin")
    @APIResponse(responseCode = "422", description = "Unknown depot")
    public Response create(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @NotNull @Valid OfferRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        OfferView created = offers.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN})
    @Operation(summary = "List the region's offers, filtered and paged")
    @APIResponse(responseCode = "200", description = "One page of offers")
    @APIResponse(responseCode = "400", description = "Invalid filter")
    @APIResponse(responseCode = "401", description = "No valid token")
    public Paged<OfferView> list(@QueryParam("kind") String kind, @QueryParam("category") String category,
                                    @QueryParam("status") String status, @QueryParam("mine") @DefaultValue("false") boolean mine,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return offers.list(Params.enumValue(OfferKind.class, "kind", kind), Params.text(category),
                Params.enumValue(OfferStatus.class, "status", status), mine, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN})
    @Operation(summary = "Read one offer of the region")
    @APIResponse(responseCode = "200", description = "The offer")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "No such offer in your region")
    public OfferView get(@PathParam("id") UUID id) {
        return offers.get(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN})
    @Operation(summary = "Who changed the offer when: edits (changed fields before and after) and removed blackouts, oldest first")
    @APIResponse(responseCode = "200", description = "The recorded changes")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "No such offer in your region")
    public List<AuditRecord> history(@PathParam("id") UUID id) {
        return offers.history(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.WORKS_STAFF, Roles.MEMBER_ADMIN})
    @Operation(summary = "Edit an offer of your member (the kind stays)",
            description = "bookableHours omitted keeps the offer's hours; Monday to Sunday 00:00–24:00 is around the clock.")
    @APIResponse(responseCode = "200", description = "The edited offer")
    @APIResponse(responseCode = "400", description = "Invalid offer")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Another member's offer, or not works staff")
    @APIResponse(responseCode = "404", description = "No such offer in your region")
    @APIResponse(responseCode = "409", description = "The offer is retired")
    public OfferView update(@PathParam("id") UUID id, @NotNull @Valid OfferRequest request) {
        return offers.update(id, request);
    }
}
