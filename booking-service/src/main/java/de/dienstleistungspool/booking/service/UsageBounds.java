package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.config.BookingConfig;
import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.domain.QuantityUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * The most usage a booking can plausibly have had: its booked period in the offer's unit (hours, started days, or for
 * metres its scope or a rate per hour), times the configured overtime factor. Usage flows into the other member's
 * ledger, payments and invoices, so the owner's staff cannot record more; the coordinator can.
 */
@ApplicationScoped
public class UsageBounds {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    @Inject
    BookingConfig config;

    /** The bound, in the booking's unit. */
    public BigDecimal plausibleMaximum(Booking b) {
        BigDecimal hours = BigDecimal.valueOf(Duration.between(b.startAt, b.endAt).toSeconds()).divide(SECONDS_PER_HOUR, 3, RoundingMode.UP);
        BigDecimal booked = switch (b.offerUnit) {
            case HOUR -> hours;
            case DAY -> hours.divide(BigDecimal.valueOf(24), 0, RoundingMode.UP);
            case METRE -> b.scopeUnit == QuantityUnit.METRE && b.scopeQuantity != null ? b.scopeQuantity
                    : hours.multiply(config.usageMetresPerHour());
        };
        return booked.multiply(config.usageOvertimeFactor()).setScale(3, RoundingMode.UP);
    }

    /** How the booked amount is described in a refusal. */
    public static String describe(Booking b) {
        long minutes = Duration.between(b.startAt, b.endAt).toMinutes();
        return "a booking of " + (minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min")
                + (b.offerUnit == QuantityUnit.METRE && b.scopeQuantity != null ? " with a scope of " + b.scopeQuantity.toPlainString() + " m" : "");
    }
}
