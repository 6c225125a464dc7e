package de.dienstleistungspool.booking.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/**
 * The booking policy a region can tune: longest period, how far ahead or back, when a start may be recorded and
 * how much usage is plausible, when a cancellation counts as late, and rota size.
 */
@ConfigMapping(prefix = "booking")
public interface BookingConfig {

    /** The longest single booking; longer needs are booked as a series. */
    @WithDefault("P92D")
    Duration maxPeriod();

    /** How far in the future a booking may start. */
    @WithDefault("P730D")
    Duration maxAdvance();

    /** How far in the past a booking may start (emergency help recorded after the fact). */
    @WithDefault("P7D")
    Duration maxBackdating();

    /** How long before the booked period its start (pick-up, start of work) may be recorded at the earliest. */
    @WithDefault("PT24H")
    Duration startLead();

    /**
     * How much more than the booked period the owner's works staff may record as usage (1.5: up to half as much again
     * as overtime); more goes through the region's coordinator.
     */
    @WithDefault("1.5")
    java.math.BigDecimal usageOvertimeFactor();

    /** Metres per booked hour a service measured in metres can manage at most, when its scope gives no bound. */
    @WithDefault("1000")
    java.math.BigDecimal usageMetresPerHour();

    /** A cancellation less than this before the start is recorded as late. */
    @WithDefault("PT48H")
    Duration lateCancellation();

    /** The most occurrences one recurring request may create. */
    @WithDefault("120")
    int maxOccurrences();

    /** How long a freed slot is held for the first waitlist entry before it passes to the next. */
    @WithName("waitlist.hold-time")
    @WithDefault("PT2H")
    Duration waitlistHoldTime();

    /** How often held slots are checked for an ended hold (the scheduler's {@code every}, e.g. {@code 30s}). */
    @WithName("waitlist.expiry-interval")
    @WithDefault("30s")
    String waitlistExpiryInterval();

    /** How many free equivalent offers a withdrawal names. */
    @WithName("withdrawal.alternatives")
    @WithDefault("3")
    int withdrawalAlternatives();
}
