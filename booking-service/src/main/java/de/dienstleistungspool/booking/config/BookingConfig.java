package de.dienstleistungspool.booking.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The booking policy a region can tune: longest period, how far ahead or back, when a cancellation counts as late,
 * and rota size.
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

    /** A cancellation less than this before the start is recorded as late. */
    @WithDefault("PT48H")
    Duration lateCancellation();

    /** The most occurrences one recurring request may create. */
    @WithDefault("120")
    int maxOccurrences();
}
