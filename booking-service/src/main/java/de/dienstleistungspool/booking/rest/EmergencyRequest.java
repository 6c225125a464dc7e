package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.booking.domain.QuantityUnit;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.booking.domain.SettlementMode;
import de.dienstleistungspool.booking.service.BookingDraft;
import de.dienstleistungspool.booking.service.EmergencyRequests;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * "Nearest free unit, now": what is needed (category, sector), where (the place the distance is measured from, and
 * the site), when (typically now for 8 hours) and how it is settled; a service job also states its scope.
 */
public record EmergencyRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "must be UPPER_SNAKE_CASE, e.g. MOBILE_PUMP") String category,
        @NotNull Sector sector,
        @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @NotBlank @Size(max = 500) String site,
        @NotNull Instant start,
        @NotNull Instant end,
        @NotNull SettlementMode settlementMode,
        @Digits(integer = 11, fraction = 3) BigDecimal scopeQuantity,
        QuantityUnit scopeUnit,
        @Size(max = 2000) String note) {

    EmergencyRequests.Need toNeed() {
        return new EmergencyRequests.Need(category, sector, latitude.doubleValue(), longitude.doubleValue(),
                new BookingDraft(null, start, end, settlementMode, sector, site, scopeQuantity, scopeUnit, note));
    }
}
