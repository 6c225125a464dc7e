package de.dienstleistungspool.booking.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.dienstleistungspool.booking.domain.EquivalentOffers;
import de.dienstleistungspool.booking.service.EmergencyRequests;
import de.dienstleistungspool.platform.idempotency.Idempotent;
import de.dienstleistungspool.platform.problem.Problem;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Emergency requests (a burst pipe on Saturday night): the platform books the nearest free offer whose owner allows
 * emergency use, confirmed at once, and alerts the owner's on-call contact.
 */
@Path("/emergency-requests")
@Tag(name = "Emergency requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmergencyRequestResource {

    @Inject
    EmergencyRequests emergencies;

    /** The 409 when nothing is free, with the offers that become free soonest (RFC 9457 extension {@code nextFree}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NoneFreeProblem(URI type, String title, int status, String detail, String instance,
                                  List<EquivalentOffers.Candidate> nextFree) {
    }

    @POST
    @RolesAllowed(Roles.DISPATCHER)
    @Idempotent
    @Operation(summary = "Book the nearest free emergency-enabled offer of a category and sector, confirmed at once")
    @APIResponse(responseCode = "201", description = "Booked and CONFIRMED; the owner's on-call contact is alerted", content = @Content(schema = @Schema(implementation = EmergencyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or period, or missing Idempotency-Key")
    @APIResponse(responseCode = "403", description = "My member has left the pool")
    @APIResponse(responseCode = "409", description = "None is free (nextFree lists the offers that become free soonest), or the region is deactivated")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request")
    public Response request(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @Valid @NotNull EmergencyRequest body) {
        EmergencyView v = EmergencyView.of(emergencies.request(body.toNeed()));
        return Response.created(URI.create("/bookings/" + v.booking().id())).entity(v).build();
    }

    @ServerExceptionMapper
    public Response noneFree(EmergencyRequests.NoneFree e, UriInfo uri) {
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new NoneFreeProblem(URI.create("urn:problem:no-emergency-offer-free"), "Conflict", 409,
                        e.getMessage(), "/" + uri.getPath().replaceFirst("^/", ""), e.soonest()))
                .build();
    }
}
