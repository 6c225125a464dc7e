package de.dienstleistungspool.pool;

import de.dienstleistungspool.testinfra.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Points every test of this service at the real PostgreSQL (database {@code pool}) and Kafka broker of the test JVM.
 */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "pool"))
public class PlatformInfrastructure {
}
