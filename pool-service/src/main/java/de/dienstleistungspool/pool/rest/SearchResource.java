package de.dienstleistungspool.pool.rest;

import de.dienstleistungspool.platform.paging.Paged;
import de.dienstleistungspool.pool.service.SearchHit;
import de.dienstleistungspool.pool.domain.OfferKind;
import de.dienstleistungspool.pool.domain.Sector;
import de.dienstleistungspool.pool.service.AvailabilityService;
import de.dienstleistungspool.pool.service.Periods;
import de.dienstleistungspool.platform.security.Roles;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which offers of the region are free for a whole window, nearest first. */
@Path("/search")
@Tag(name = "Availability")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN})
public class SearchResource {

    @Inject
    AvailabilityService availability;

    @GET
    @Operation(summary = "Offers of your region free for the whole window [from, to), nearest first",
            description = "Distance from lat/lon, or from your member's main depot when they are omitted. The window must "
                    + "start and end within an offer's bookable hours.")
    @APIResponse(responseCode = "200", description = "One page of free offers with distances in km")
    @APIResponse(responseCode = "400", description = "Invalid window, point, radius or filter")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "422", description = "No point given and no depot of your member known")
    public Paged<SearchHit> search(@QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("kind") String kind, @QueryParam("category") String category,
                                      @QueryParam("sector") String sector, @QueryParam("qualification") String qualification,
                                      @QueryParam("lat") String lat, @QueryParam("lon") String lon,
                                      @QueryParam("radiusKm") String radiusKm,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return availability.search(new AvailabilityService.SearchRequest(Periods.instant("from", from), Periods.instant("to", to),
                Params.enumValue(OfferKind.class, "kind", kind), Params.text(category),
                Params.enumValue(Sector.class, "sector", sector), Params.text(qualification),
                Params.number("lat", lat), Params.number("lon", lon), Params.number("radiusKm", radiusKm), page, size));
    }
}
