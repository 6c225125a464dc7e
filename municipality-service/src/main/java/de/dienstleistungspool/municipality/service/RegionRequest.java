package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.platform.text.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new region (county) as the platform operator sets it up: its name, the pool office's contact, the settlement terms
 * of its years from {@code firstYear} to next year, and its first coordinators (people who sign in with an initial
 * password shown once).
 */
public record RegionRequest(@NotBlank @Size(max = 200) @SingleLine String name,
                            @NotBlank @Size(max = 200) @SingleLine String coordinatorName,
                            @NotBlank @Email @Size(max = 200) @SingleLine String coordinatorEmail,
                            @NotNull @Min(2000) @Max(2100) Integer firstYear,
                            @NotNull @Valid RateCardRequest.Terms settlementTerms,
                            @NotEmpty @Size(max = 5) List<@NotNull @Valid NewCoordinator> coordinators) {

    /** A coordinator to create: name and login e-mail; the role is {@code coordinator}, acting for no member. */
    public record NewCoordinator(@NotBlank @Size(max = 200) @SingleLine String name,
                                 @NotBlank @Email @Size(max = 200) @SingleLine String email) {
    }
}
