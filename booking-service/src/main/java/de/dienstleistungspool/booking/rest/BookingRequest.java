package de.dienstleistungspool.booking.rest;

import de.dienstleistungspool.platform.text.SingleLine;
import de.dienstleistungspool.booking.domain.QuantityUnit;
import de.dienstleistungspool.booking.domain.Sector;
import de.dienstleistungspool.booking.domain.SettlementMode;
import de.dienstleistungspool.booking.service.BookingDraft;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A dispatcher's request for one offer and one period; for a service job also the site and the scope;
 * optionally the client's own order number ({@code externalReference}) and cost centre (Haushaltsstelle).
 */
public record BookingRequest(
        @NotNull UUID offerId,
        @NotNull Instant start,
        @NotNull Instant end,
        @NotNull SettlementMode settlementMode,
        Sector sector,
        @Size(max = 500) @SingleLine String site,
        @Digits(integer = 11, fraction = 3) BigDecimal scopeQuantity,
        QuantityUnit scopeUnit,
        @Size(max = 2000) String note,
        @Size(max = 64) @SingleLine String externalReference,
        @Size(max = 64) @SingleLine String costCentre) {

    BookingDraft toDraft() {
        return new BookingDraft(offerId, start, end, settlementMode, sector, site, scopeQuantity, scopeUnit, note,
                externalReference, costCentre);
    }
}
