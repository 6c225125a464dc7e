package de.dienstleistungspool.municipality.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a person's session lasts ({@code identity.session.*}): a working day, renewed while it is used. */
@ConfigMapping(prefix = "identity.session")
public interface SessionConfig {

    /** A session unused this long ends; every refresh extends it (sliding), up to {@link #maxLifetime()}. */
    @WithDefault("PT10H")
    Duration idleTimeout();

    /** A session ends this long after sign-in at the latest, however much it is used. */
    @WithDefault("PT16H")
    Duration maxLifetime();

    /** How long the refresh token a rotation replaced still yields the same successor (two racing refreshes). */
    @WithDefault("PT30S")
    Duration rotationGrace();
}
