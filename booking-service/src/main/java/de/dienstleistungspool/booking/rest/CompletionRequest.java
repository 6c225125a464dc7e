package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.QuantityUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The return or completion of a booking with the actual usage (hours, days, metres) that settlement values.
 */
public record CompletionRequest(@NotNull @Valid UsageBody usage, @Size(max = 2000) String reason) {

    /** A quantity in the offer's unit. */
    public record UsageBody(@NotNull @PositiveOrZero @Digits(integer = 11, fraction = 3) BigDecimal quantity,
                            @NotNull QuantityUnit unit) {
    }
}
