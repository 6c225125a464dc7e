package de.dienstleistungspool.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource that points the service under test at the JVM's real PostgreSQL (its own database,
 * named by the {@code database} init argument) and the JVM's real Kafka broker; under the {@link AuthenticatedBroker}
 * profile the authenticated broker instead, signed in as the service's principal ({@code <database>-service}).
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";
    private boolean authenticated;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public void setContext(Context context) {
        authenticated = AuthenticatedBroker.class.getName().equals(context.testProfile());
    }

    @Override
    public Map<String, String> start() {
        return authenticated ? AuthenticatedKafka.serviceConfig(database, database + "-service")
                : TestInfrastructure.serviceConfig(database);
    }

    @Override
    public void stop() {
        // the servers live for the whole JVM and stop with it
    }
}
