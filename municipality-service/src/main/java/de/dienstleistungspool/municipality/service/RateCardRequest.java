package de.dienstleistungspool.municipality.service;

import de.dienstleistungspool.municipality.domain.RateUnit;
import de.dienstleistungspool.municipality.domain.Remainder;
import de.dienstleistungspool.municipality.domain.Sector;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The complete rates and settlement terms of a region's year; publishing replaces the year's previous card. */
public record RateCardRequest(@NotNull @Size(max = 500) List<@Valid @NotNull Line> rates, @Valid Terms settlementTerms) {

    /** One rate: EUR per unit for a category of offer in a sector. */
    public record Line(@NotNull Sector sector,
                       @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "must be an upper-case category code like SEWER_FLUSHING") String category,
                       @NotNull RateUnit unit,
                       @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount) {
    }

    /** Tolerance of non-monetary balances (hours) and what happens to what lies within it at year end. */
    public record Terms(@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal toleranceHours,
                        @NotNull Remainder remainder) {
    }
}
