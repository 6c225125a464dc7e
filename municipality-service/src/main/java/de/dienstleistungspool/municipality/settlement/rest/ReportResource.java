package de.dienstleistungspool.municipality.settlement.rest;

import de.dienstleistungspool.municipality.settlement.domain.Sector;
import de.dienstleistungspool.municipality.settlement.service.SettlementAccess;
import de.dienstleistungspool.municipality.settlement.service.Statement;
import de.dienstleistungspool.municipality.settlement.service.StatementCsv;
import de.dienstleistungspool.municipality.settlement.service.StatementPdf;
import de.dienstleistungspool.municipality.settlement.service.StatementService;
import de.dienstleistungspool.platform.problem.ProblemException;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Statements for accounting per member and for the region, per sector, as JSON, German-Excel CSV or signable PDF.
 */
@Path("/settlement")
@Tag(name = "Settlement reports")
@Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
@RolesAllowed({Roles.ACCOUNTING, Roles.COORDINATOR})
public class ReportResource {

    static final String FORMATS = "json|csv|pdf";
    static final String SECTORS = "WATER_SUPPLY|WASTEWATER";

    @Inject
    StatementService statements;

    @Inject
    SettlementAccess access;

    @GET
    @Path("/reports/members/{memberId}")
    @Operation(summary = "A member's statement of a year and sector (accounting: its own member; coordinator: any of the region)")
    @APIResponse(responseCode = "200", description = "The statement as JSON, CSV (format=csv) or PDF (format=pdf)")
    @APIResponse(responseCode = "400", description = "Missing year or sector, or unknown format")
    @APIResponse(responseCode = "404", description = "The member is not visible to the caller")
    public Response member(@PathParam("memberId") UUID memberId, @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
                           @QueryParam("sector") @NotNull @Pattern(regexp = SECTORS) String sector,
                           @QueryParam("format") @DefaultValue("json") @Pattern(regexp = FORMATS) String format) {
        UUID member = access.member(memberId);
        return render(statements.statement(access.region(), member, year, Sector.valueOf(sector)), format);
    }

    @GET
    @Path("/reports/region")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "The region's statement of a year and sector: all pairs, payments and lines")
    @APIResponse(responseCode = "200", description = "The statement as JSON, CSV or PDF")
    @APIResponse(responseCode = "400", description = "Missing year or sector, or unknown format")
    public Response region(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year, @QueryParam("sector") @NotNull @Pattern(regexp = SECTORS) String sector,
                           @QueryParam("format") @DefaultValue("json") @Pattern(regexp = FORMATS) String format) {
        return render(statements.statement(access.region(), null, year, Sector.valueOf(sector)), format);
    }

    @GET
    @Path("/statements/{statementId}")
    @Operation(summary = "A year-end statement announced by StatementReady")
    @APIResponse(responseCode = "200", description = "The statement as JSON, CSV or PDF")
    @APIResponse(responseCode = "404", description = "No such statement visible to the caller")
    public Response statement(@PathParam("statementId") UUID statementId,
                              @QueryParam("format") @DefaultValue("json") @Pattern(regexp = FORMATS) String format) {
        Object[] ref = statements.statementRef(statementId).orElseThrow(() -> ProblemException.notFound("Statement", statementId));
        UUID region = (UUID) ref[0];
        UUID member = (UUID) ref[1];
        access.requireParty(region, member, member, "Statement", statementId);
        return render(statements.statement(region, member, ((Number) ref[2]).intValue(), Sector.valueOf((String) ref[3])), format);
    }

    private static Response render(Statement s, String format) {
        String name = "abrechnung-" + s.year() + "-" + s.sector().toLowerCase().replace('_', '-')
                + (s.memberId() == null ? "-region" : "-" + s.memberId());
        return switch (format) {
            case "csv" -> Response.ok(StatementCsv.write(s), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
            case "pdf" -> Response.ok(StatementPdf.render(s), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"").build();
            default -> Response.ok(s, MediaType.APPLICATION_JSON).build();
        };
    }
}
