package de.dienstleistungspool.pool.rest;

import de.dienstleistungspool.pool.domain.OfferKind;
import de.dienstleistungspool.pool.domain.Sector;
import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.pool.service.BoardRow;
import de.dienstleistungspool.pool.service.BoardService;
import de.dienstleistungspool.pool.service.Periods;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The county board: what is free and what is taken, for many offers of the region at once (the portal's main view). */
@Path("/board")
@Tag(name = "Availability")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN})
public class BoardResource {

    @Inject
    BoardService board;

    @GET
    @Operation(summary = "The region's active offers nearest to your depot, each with its busy periods in [from, to)",
            description = "Window at most 42 days. Bookings' ids and status only for their parties, blackout reasons "
                    + "only for the owner, as in an offer's availability.")
    @APIResponse(responseCode = "200", description = "One page of offers with distance (km) and busy periods")
    @APIResponse(responseCode = "400", description = "Invalid window, radius or filter")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "422", description = "No depot of your member is known")
    public Paged<BoardRow> board(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("kind") String kind, @QueryParam("category") String category,
                                    @QueryParam("sector") String sector, @QueryParam("radiusKm") String radiusKm,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return board.board(new BoardService.BoardRequest(Periods.instant("from", from), Periods.instant("to", to),
                Params.enumValue(OfferKind.class, "kind", kind), Params.text(category),
                Params.enumValue(Sector.class, "sector", sector), Params.number("radiusKm", radiusKm), page, size));
    }
}
