package de.dienstleistungspool.municipality.settlement.domain;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What a member needs on the invoices it issues: tax number or VAT id and the bank account it is paid to.
 */
public record BillingDetails(UUID memberId,
                             @Size(max = 30) @Pattern(regexp = "[0-9/ ]{10,20}") String taxNumber,
                             @Pattern(regexp = "DE[0-9]{9}") String vatId,
                             @Pattern(regexp = "[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}") String iban,
                             @Pattern(regexp = "[A-Z0-9]{8}([A-Z0-9]{3})?") String bic) {
}
