package de.dienstleistungspool.municipality.settlement.domain;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What a member needs on the invoices it issues: tax number or VAT id and the bank account it is paid to.
 */
public record BillingDetails(UUID memberId,
                             @Size(max = 30) @Pattern(regexp = TAX_NUMBER) String taxNumber,
                             @Pattern(regexp = VAT_ID) String vatId,
                             @Pattern(regexp = IBAN) String iban,
                             @Pattern(regexp = BIC) String bic) {

    /** The formats every bank and tax detail is checked against (members' and the pool's alike). */
    public static final String TAX_NUMBER = "[0-9/ ]{10,20}";
    public static final String VAT_ID = "DE[0-9]{9}";
    public static final String IBAN = "[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}";
    public static final String BIC = "[A-Z0-9]{8}([A-Z0-9]{3})?";
}
