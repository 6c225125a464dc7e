package de.dienstleistungspool.municipality.settlement.rest;

import de.dienstleistungspool.municipality.settlement.domain.BillingDetails;
import de.dienstleistungspool.municipality.settlement.service.BillingDetailsService;
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
 * A member's billing details for e-invoices, kept by its accounting (or the region's coordinator).
 */
@Path("/settlement/billing-details/{memberId}")
@Tag(name = "Settlement invoices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTING, Roles.COORDINATOR})
public class BillingDetailsResource {

    @Inject
    BillingDetailsService billing;

    @GET
    @Operation(summary = "A member's billing details")
    @APIResponse(responseCode = "200", description = "The details")
    @APIResponse(responseCode = "404", description = "None, or the member is not visible to the caller")
    public BillingDetails get(@PathParam("memberId") UUID memberId) {
        return billing.get(memberId);
    }

    @PUT
    @Operation(summary = "Set a member's tax number or VAT id and bank account; a change is announced to the member's "
            + "accounting by e-mail (BillingDetailsChanged, of the IBAN only its last four characters)")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "400", description = "Malformed tax number, VAT id, IBAN or BIC, or nothing given")
    @APIResponse(responseCode = "404", description = "The member is not visible to the caller")
    public BillingDetails put(@PathParam("memberId") UUID memberId, @Valid @NotNull BillingDetails details) {
        return billing.put(memberId, details);
    }
}
