package de.dienstleistungspool.platform.schema;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Adds to each service's Flyway what the migrations platform-commons ships ({@code classpath:db/platform} in every
 * service, {@code classpath:db/outbox} in those that publish) need: the hand-over of a database whose platform tables
 * came from the service's own copies ({@link SupersededMigrations}).
 */
@Singleton
public class PlatformMigrations implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
        callbacks.add(new SupersededMigrations());
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }
}
