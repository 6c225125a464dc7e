package de.dienstleistungspool.booking.rest;

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
 * A request for a taken period that joins the offer's waitlist: what a booking request says, and until when the
 * member still wants the slot ({@code expiresAt}, at the latest the period's start).
 */
public record WaitlistEntryRequest(
        @NotNull UUID offerId,
        @NotNull Instant start,
        @NotNull Instant end,
        @NotNull SettlementMode settlementMode,
        Sector sector,
        @Size(max = 500) String site,
        @Digits(integer = 11, fraction = 3) BigDecimal scopeQuantity,
        QuantityUnit scopeUnit,
        @Size(max = 2000) String note,
        @NotNull Instant expiresAt) {

    BookingDraft toDraft() {
        return new BookingDraft(offerId, start, end, settlementMode, sector, site, scopeQuantity, scopeUnit, note);
    }
}
