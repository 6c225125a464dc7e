package de.dienstleistungspool.booking.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;

/**
 * How the county flushing plan reads the pool: which offer category is flushing, and the working day within which a
 * day's job is booked (clipped to each offer's bookable hours).
 */
@ConfigMapping(prefix = "flushing")
public interface FlushingConfig {

    /** The offer category of flushing vehicles with crew. */
    @WithDefault("SEWER_FLUSHING")
    String category();

    /** When a day's job starts at the earliest (local time). */
    @WithDefault("07:00")
    LocalTime dayStart();

    /** When a day's job ends at the latest (local time). */
    @WithDefault("16:00")
    LocalTime dayEnd();
}
