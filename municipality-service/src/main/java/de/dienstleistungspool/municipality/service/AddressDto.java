package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.platform.text.SingleLine;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address in Germany. */
public record AddressDto(@Size(max = 200) @SingleLine String street,
                         @Pattern(regexp = "\\d{5}", message = "must be a German postal code of 5 digits") String postalCode,
                         @Size(max = 100) @SingleLine String city) {
}
