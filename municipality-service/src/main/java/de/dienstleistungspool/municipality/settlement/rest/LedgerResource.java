package de.dienstleistungspool.municipality.settlement.rest;

import de.dienstleistungspool.municipality.settlement.domain.LedgerLine;
import de.dienstleistungspool.municipality.settlement.domain.Sector;
import de.dienstleistungspool.municipality.settlement.domain.SettlementMode;
import de.dienstleistungspool.municipality.settlement.rest.LedgerViews.EntryView;
import de.dienstleistungspool.municipality.settlement.rest.LedgerViews.LineView;
import de.dienstleistungspool.municipality.settlement.rest.LedgerViews.ReversalRequest;
import de.dienstleistungspool.municipality.settlement.rest.LedgerViews.ChangePage;
import de.dienstleistungspool.municipality.settlement.rest.LedgerViews.ChangeView;
import de.dienstleistungspool.municipality.settlement.service.LedgerChanges;
import de.dienstleistungspool.municipality.settlement.service.LedgerService;
import de.dienstleistungspool.municipality.settlement.service.SettlementAccess;
import de.dienstleistungspool.platform.idempotency.Idempotent;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The settlement ledger: accounting reads its own member's lines, the coordinator the region's and books reversals.
 */
@Path("/settlement/ledger")
@Tag(name = "Settlement ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Inject
    LedgerService ledger;

    @Inject
    SettlementAccess access;

    @Inject
    LedgerChanges changes;

    @GET
    @RolesAllowed({Roles.ACCOUNTING, Roles.COORDINATOR})
    @Operation(summary = "Ledger lines of a member (accounting: its own) or of the region (coordinator, credit side only)")
    @APIResponse(responseCode = "200", description = "A page of lines")
    @APIResponse(responseCode = "404", description = "The member is not visible to the caller")
    public Paged<LineView> list(@QueryParam("memberId") UUID memberId, @QueryParam("year") @Min(2000) @Max(2100) Integer year,
                               @QueryParam("sector") @Pattern(regexp = "WATER_SUPPLY|WASTEWATER") String sector,
                               @QueryParam("mode") @Pattern(regexp = "MONETARY|NON_MONETARY") String mode,
                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        UUID member = access.member(memberId);
        return ledger.search(access.region(), member, year, sector == null ? null : Sector.valueOf(sector),
                mode == null ? null : SettlementMode.valueOf(mode), page, size).map(LineView::of);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({Roles.ACCOUNTING, Roles.COORDINATOR})
    @Operation(summary = "Ledger changes after a cursor, in a stable order: lines created, reversed or valued (accounting: "
            + "its own member's lines; coordinator: the region's credit lines, or a member's with memberId)")
    @APIResponse(responseCode = "200", description = "The next changes and the cursor to ask with next")
    @APIResponse(responseCode = "400", description = "Not a cursor of this feed, or a limit out of range")
    @APIResponse(responseCode = "404", description = "The member is not visible to the caller")
    public ChangePage changes(@QueryParam("after") String after, @QueryParam("memberId") UUID memberId,
                              @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        UUID member = access.member(memberId);
        LedgerChanges.Page page = changes.after(access.region(), member, after, limit);
        return new ChangePage(page.changes().stream().map(c -> new ChangeView(c.change().cursor(), c.change().kind().name(),
                c.change().changedAt(), LineView.of(c.line()))).toList(), page.nextCursor());
    }

    @GET
    @Path("/entries/{entryId}")
    @RolesAllowed({Roles.ACCOUNTING, Roles.COORDINATOR})
    @Operation(summary = "Both lines of one ledger entry")
    @APIResponse(responseCode = "200", description = "The entry")
    @APIResponse(responseCode = "404", description = "No such entry visible to the caller")
    public EntryView entry(@PathParam("entryId") UUID entryId) {
        List<LedgerLine> entry = ledger.entry(entryId);
        access.requireParty(entry.get(0).regionId, entry.get(0).memberId, entry.get(0).counterpartyId, "Ledger entry", entryId);
        return new EntryView(entryId, entry.stream().map(LineView::of).toList());
    }

    @POST
    @Idempotent
    @Path("/entries/{entryId}/reversals")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Reverse an entry by a new entry with negated quantity and amount (in the next open year if its year is closed)")
    @APIResponse(responseCode = "201", description = "The reversal entry", content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No such entry in the coordinator's region")
    @APIResponse(responseCode = "409", description = "Already reversed, or itself a reversal")
    public Response reverse(@HeaderParam(Idempotent.HEADER) String idempotencyKey, @PathParam("entryId") UUID entryId, @Valid @NotNull ReversalRequest request, @Context UriInfo uri) {
        List<LedgerLine> reversal = ledger.reverse(access.region(), entryId, request.reason(), access.actor());
        UUID newEntry = reversal.get(0).entryId;
        return Response.created(uri.getBaseUriBuilder().path("settlement/ledger/entries/{id}").build(newEntry))
                .entity(new EntryView(newEntry, reversal.stream().map(LineView::of).toList())).build();
    }
}
