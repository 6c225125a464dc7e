package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.platform.text.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A depot to add or change: its name, WGS84 coordinates and address. */
public record DepotRequest(@NotBlank @Size(max = 200) @SingleLine String name,
                           @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
                           @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
                           @Valid AddressDto address) {
}
