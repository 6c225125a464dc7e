package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.FlushingDemand;
import de.dienstleistungspool.booking.domain.QuantityUnit;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.booking.domain.SettlementMode;
import de.dienstleistungspool.booking.service.FlushingDemandCommand;
import de.dienstleistungspool.platform.text.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A member's yearly flushing demand of one sector: metres (or hours) per site with the site's coordinates, the
 * preferred months (none: any), and how the member settles.
 */
public record FlushingDemandRequest(
        @NotNull Integer year,
        @NotNull Sector sector,
        @NotNull QuantityUnit unit,
        @NotNull SettlementMode settlementMode,
        @Size(max = 12) List<@NotNull @Min(1) @Max(12) Integer> preferredMonths,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Site> sites,
        @Size(max = 2000) String note) {

    /** A place to flush, e.g. "Kanalnetz Ortsteil Altenburschla", with its coordinates and quantity. */
    public record Site(@NotBlank @Size(max = 200) @SingleLine String name,
                       @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
                       @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
                       @NotNull @Positive @Digits(integer = 9, fraction = 3) BigDecimal quantity) {
    }

    FlushingDemandCommand command() {
        return new FlushingDemandCommand(year, sector, unit, settlementMode,
                preferredMonths == null ? List.of() : preferredMonths,
                sites.stream().map(s -> new FlushingDemand.Site(s.name().strip(), s.latitude(), s.longitude(), s.quantity()))
                        .toList(), note);
    }
}
