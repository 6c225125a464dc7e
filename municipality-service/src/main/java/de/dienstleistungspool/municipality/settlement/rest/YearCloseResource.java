package de.dienstleistungspool.municipality.settlement.rest;

import de.dienstleistungspool.municipality.settlement.domain.Payment.Netting;
import de.dienstleistungspool.municipality.settlement.rest.CloseViews.CloseView;
import de.dienstleistungspool.municipality.settlement.service.SettlementAccess;
import de.dienstleistungspool.municipality.settlement.service.YearCloseService;
import de.dienstleistungspool.platform.idempotency.Idempotent;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The coordinator's year-end close of non-monetary substitutions: dry run, close, and the stored result.
 */
@Path("/settlement/years/{year}")
@Tag(name = "Year-end close")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
public class YearCloseResource {

    @Inject
    YearCloseService closes;


    @Inject
    SettlementAccess access;

    @POST
    @Path("/close-preview")
    @Operation(summary = "Dry run: what closing the year would net, carry over and pay, whether and from when the real close is allowed; writes nothing")
    @APIResponse(responseCode = "200", description = "The would-be result with closeAllowed, closeAllowedFrom and the refusals")
    @APIResponse(responseCode = "409", description = "A non-monetary category of the year has no rate")
    public CloseView preview(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return CloseView.preview(closes.preview(access.region(), year));
    }

    @POST
    @Idempotent
    @Path("/close")
    @Operation(summary = "Close the year: net, forgive or carry over within the tolerance, compute payments, freeze the year")
    @APIResponse(responseCode = "201", description = "The year is closed; ?netting=BILATERAL|MULTILATERAL names the binding scheme", content = @Content(schema = @Schema(implementation = CloseView.class)))
    @APIResponse(responseCode = "400", description = "Unknown netting")
    @APIResponse(responseCode = "409", description = "Already closed, grace period running, an earlier year open, or a rate missing (the detail names the unvalued monetary entries)")
    public Response close(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @PathParam("year") @Min(2000) @Max(2100) int year,
                          @QueryParam("netting") @DefaultValue("MULTILATERAL") @Pattern(regexp = "BILATERAL|MULTILATERAL") String nettingName,
                          @Context UriInfo uri) {
        Netting netting = Netting.valueOf(nettingName);
        CloseView view = CloseView.of(closes.close(access.region(), year, netting, access.actor()), true, netting);
        return Response.created(uri.getBaseUriBuilder().path("settlement/years/{year}/close").build(year)).entity(view).build();
    }

    @GET
    @Path("/close")
    @Transactional
    @Operation(summary = "The stored result of a closed year")
    @APIResponse(responseCode = "200", description = "The close")
    @APIResponse(responseCode = "404", description = "The year is not closed")
    public CloseView get(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return closes.stored(access.region(), year).map(s -> CloseView.of(s.computation(), true, s.netting()))
                .orElseThrow(() -> ProblemException.notFound("Closed year", year));
    }
}
