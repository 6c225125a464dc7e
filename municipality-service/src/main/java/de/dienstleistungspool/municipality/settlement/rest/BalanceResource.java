package de.dienstleistungspool.municipality.settlement.rest;

import de.dienstleistungspool.municipality.settlement.domain.BalanceRepository.PairBalanceView;
import de.dienstleistungspool.municipality.settlement.domain.BalanceRepository.PositionView;
import de.dienstleistungspool.municipality.settlement.service.BalanceService;
import de.dienstleistungspool.municipality.settlement.service.LedgerService;
import de.dienstleistungspool.municipality.settlement.service.SettlementAccess;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Live balances per member pair and sector, in hours and EUR, and net positions, computed from the ledger.
 */
@Path("/settlement/balances")
@Tag(name = "Settlement balances")
@Produces(MediaType.APPLICATION_JSON)
public class BalanceResource {

    @Inject
    BalanceService balances;

    @Inject
    SettlementAccess access;

    /** Balances of a year: pairs seen from {@code memberId} (or from the smaller id of each pair for the region). */
    public record Balances(int year, UUID memberId, List<PairBalanceView> pairs, List<PositionView> positions) {
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.ACCOUNTING, Roles.COORDINATOR})
    @Operation(summary = "Live balances of a year: per pair, sector and settlement mode, and each member's net position")
    @APIResponse(responseCode = "200", description = "The balances (positive: the member provided more than it received)")
    @APIResponse(responseCode = "404", description = "The member is not visible to the caller")
    public Balances get(@QueryParam("year") @Min(2000) @Max(2100) Integer year, @QueryParam("memberId") UUID memberId) {
        int y = year != null ? year : LocalDate.now(LedgerService.BERLIN).getYear();
        UUID member = access.member(memberId);
        BalanceService.Balances of = balances.of(access.region(), y, member);
        return new Balances(y, member, of.pairs(), of.positions());
    }
}
