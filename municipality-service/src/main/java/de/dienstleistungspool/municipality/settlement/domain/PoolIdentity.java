package de.dienstleistungspool.municipality.settlement.domain;

import de.dienstleistungspool.platform.text.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The pool as a legal party: the body that carries a region's pool (a county office or a municipal GmbH) with what
 * its XRechnungen print as seller or buyer: name, address, Leitweg-ID, tax number or VAT id, bank account, contact.
 * The tax and bank fields are checked like a member's billing details.
 */
public record PoolIdentity(@NotBlank @Size(max = 200) @SingleLine String legalName,
                           @NotNull LegalForm legalForm,
                           @NotBlank @Size(max = 200) @SingleLine String street,
                           @NotNull @Pattern(regexp = "[0-9]{5}") String postalCode,
                           @NotBlank @Size(max = 100) @SingleLine String city,
                           @NotBlank @Size(max = 46) @SingleLine String leitwegId,
                           @Size(max = 30) @Pattern(regexp = BillingDetails.TAX_NUMBER) String taxNumber,
                           @Pattern(regexp = BillingDetails.VAT_ID) String vatId,
                           @NotNull @Pattern(regexp = BillingDetails.IBAN) String iban,
                           @Pattern(regexp = BillingDetails.BIC) String bic,
                           @NotBlank @Email @Size(max = 200) @SingleLine String contactEmail,
                           @Size(max = 40) @SingleLine String contactPhone) {

    /** What kind of body carries the pool. */
    public enum LegalForm {
        /** A Koordinationsstelle of the county administration (Landkreis). */
        COUNTY_OFFICE,
        /** A municipal GmbH whose shareholders are the members. */
        GMBH
    }
}
