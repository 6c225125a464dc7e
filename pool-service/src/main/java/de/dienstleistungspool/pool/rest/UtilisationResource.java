package de.dienstleistungspool.pool.rest;

import de.dienstleistungspool.pool.service.UtilisationView;
import de.dienstleistungspool.pool.service.UtilisationService;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Utilisation (Auslastung) of the region's offers, as JSON or CSV, so the county sees idle and scarce machines. */
@Path("/utilisation")
@Tag(name = "Utilisation")
public class UtilisationResource {

    static final String TEXT_CSV = "text/csv";

    @Inject
    UtilisationService utilisation;

    @GET
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN})
    @Operation(summary = "Booked versus bookable hours per offer, category or member, per month or year",
            description = "CSV with Accept: text/csv or format=csv; memberId limits to one owner's offers.")
    @APIResponse(responseCode = "200", description = "The utilisation rows")
    @APIResponse(responseCode = "400", description = "Invalid year, groupBy, granularity or format")
    @APIResponse(responseCode = "401", description = "No valid token")
    public Response get(@QueryParam("year") Integer year, @QueryParam("groupBy") @DefaultValue("offer") String groupBy,
                        @QueryParam("granularity") @DefaultValue("month") String granularity,
                        @QueryParam("memberId") UUID memberId, @QueryParam("format") String format,
                        @Context HttpHeaders headers) {
        boolean csv = wantsCsv(format, headers);
        int y = year != null ? year : java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).getYear();
        UtilisationView view = utilisation.utilisation(y, groupBy, granularity, memberId);
        return csv ? Response.ok(UtilisationService.csv(view), TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"utilisation-" + y + ".csv\"").build()
                : Response.ok(view, MediaType.APPLICATION_JSON).build();
    }

    static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw de.dienstleistungspool.platform.problem.ProblemException.badRequest("invalid-parameter",
                        "format must be json or csv");
            };
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }
}
