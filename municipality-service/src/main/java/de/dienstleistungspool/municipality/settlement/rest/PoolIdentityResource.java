package de.dienstleistungspool.municipality.settlement.rest;

import de.dienstleistungspool.municipality.settlement.domain.PoolIdentity;
import de.dienstleistungspool.municipality.settlement.service.PoolIdentityService;
import de.dienstleistungspool.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pool's legal identity (county office or GmbH) that its invoices name as seller or buyer, kept by the coordinator
 * and read by the region's accounting, who pay to its bank account.
 */
@Path("/regions/{regionId}/legal-identity")
@Tag(name = "Settlement invoices")
@Produces(MediaType.APPLICATION_JSON)
public class PoolIdentityResource {

    @Inject
    PoolIdentityService identities;

    @GET
    @RolesAllowed({Roles.ACCOUNTING, Roles.COORDINATOR})
    @Operation(summary = "The pool's legal identity: name, legal form, address, Leitweg-ID, tax number or VAT id, bank account, contact")
    @APIResponse(responseCode = "200", description = "The identity")
    @APIResponse(responseCode = "404", description = "None set yet, or another region")
    public PoolIdentity get(@PathParam("regionId") UUID regionId) {
        return identities.get(regionId);
    }

    @PUT
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Set the pool's legal identity (audited; the IBAN is checked like a member's billing details)")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "400", description = "A field missing or malformed (IBAN, BIC, tax number, VAT id, postal code, Leitweg-ID)")
    @APIResponse(responseCode = "404", description = "Another region")
    public PoolIdentity put(@PathParam("regionId") UUID regionId, @Valid @NotNull PoolIdentity identity) {
        return identities.put(regionId, identity);
    }
}
