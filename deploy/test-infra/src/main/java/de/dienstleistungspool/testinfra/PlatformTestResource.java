package de.dienstleistungspool.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource that points the service under test at the JVM's real PostgreSQL (its own database,
 * named by the {@code database} init argument) and the JVM's real Kafka broker.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return TestInfrastructure.serviceConfig(database);
    }

    @Override
    public void stop() {
        // the servers live for the whole JVM and stop with it
    }
}
