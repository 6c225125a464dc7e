package de.dienstleistungspool.pool.rest;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.pool.service.ShortageReport;
import de.dienstleistungspool.pool.service.ShortageReportView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The shortage radar of a region, for its coordinator: where members needed more than the pool could give. */
@Path("/regions/{regionId}/shortage-radar")
@Tag(name = "Utilisation")
public class ShortageRadarResource {

    @Inject
    ShortageReport report;

    @GET
    @Produces({MediaType.APPLICATION_JSON, UtilisationResource.TEXT_CSV})
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Unmet demand per category, sector and month beside utilisation, with hints where it lasted",
            description = "Searches without a free offer, booking requests refused for lack of capacity and waiting-list "
                    + "entries, by the month of the period asked for (Europe/Berlin). CSV with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "The report of the year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShortageReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid year or format")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator")
    @APIResponse(responseCode = "404", description = "Not your region")
    public Response get(@PathParam("regionId") UUID regionId, @QueryParam("year") Integer year,
                        @QueryParam("format") String format, @Context HttpHeaders headers) {
        boolean csv = UtilisationResource.wantsCsv(format, headers);
        int y = year != null ? year : LocalDate.now(ZoneId.of("Europe/Berlin")).getYear();
        ShortageReportView view = report.report(regionId, y);
        return csv ? Response.ok(ShortageReport.csv(view), UtilisationResource.TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"engpass-radar-" + y + ".csv\"").build()
                : Response.ok(view, MediaType.APPLICATION_JSON).build();
    }
}
