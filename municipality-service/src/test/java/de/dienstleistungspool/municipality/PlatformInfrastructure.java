package de.dienstleistungspool.municipality;

import de.dienstleistungspool.testinfra.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Points every test of this service at the real PostgreSQL (database {@code municipality}) and Kafka broker of the test JVM.
 */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "municipality"))
public class PlatformInfrastructure {
}
