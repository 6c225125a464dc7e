package de.dienstleistungspool.municipality.rest;

import de.dienstleistungspool.municipality.service.RateCardRequest;
import de.dienstleistungspool.municipality.service.RateService;
import de.dienstleistungspool.platform.audit.AuditRecord;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A region's agreed rates (Verrechnungssätze) and settlement terms per year: every role reads, the coordinator publishes. */
@Path("/regions/{regionId}/rates/{year}")
@Tag(name = "Rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RateResource {

    @Inject
    RateService service;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN})
    @Operation(summary = "Read the rates and settlement terms of a year of the caller's region")
    @APIResponse(responseCode = "200", description = "The year's rate card (empty when nothing is published)")
    @APIResponse(responseCode = "400", description = "Year out of range")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "Not the caller's region")
    public RateCardView get(@PathParam("regionId") UUID regionId, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return RateCardView.of(service.get(regionId, year));
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN})
    @Operation(summary = "Who changed the year's rates and terms when (each changed rate before and after), oldest first")
    @APIResponse(responseCode = "200", description = "The recorded changes")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "Not the caller's region")
    public List<AuditRecord> history(@PathParam("regionId") UUID regionId, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return service.history(regionId, year);
    }

    @PUT
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Publish (or revise) the complete rates and settlement terms of a year (RatesPublished)")
    @APIResponse(responseCode = "200", description = "The published rate card")
    @APIResponse(responseCode = "400", description = "Invalid rates, e.g. unknown sector or unit, a category listed twice")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Caller is not a coordinator")
    @APIResponse(responseCode = "404", description = "Not the coordinator's region")
    @APIResponse(responseCode = "409", description = "The financial year is closed; its rates are frozen")
    public RateCardView publish(@PathParam("regionId") UUID regionId, @PathParam("year") @Min(2000) @Max(2100) int year,
                                @NotNull @Valid RateCardRequest request) {
        return RateCardView.of(service.publish(regionId, year, request));
    }

    /** The rates and terms of a region's year. */
    public record RateCardView(UUID regionId, int year, boolean closed, List<Line> rates, Terms settlementTerms) {

        static RateCardView of(RateService.RateCard card) {
            return new RateCardView(card.regionId(), card.year(), card.closed(),
                    card.rates().stream().map(r -> new Line(r.sector.name(), r.category, r.unit.name(), r.amount, r.currency)).toList(),
                    card.terms() == null ? null : new Terms(card.terms().toleranceHours, card.terms().remainder.name()));
        }

        /** One rate in EUR per unit. */
        public record Line(String sector, String category, String unit, BigDecimal amount, String currency) {
        }

        /** The year's settlement terms. */
        public record Terms(BigDecimal toleranceHours, String remainder) {
        }
    }
}
