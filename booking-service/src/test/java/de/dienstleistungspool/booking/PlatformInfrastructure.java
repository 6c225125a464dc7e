package de.dienstleistungspool.booking;

import de.dienstleistungspool.testinfra.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Points every test of this service at the real PostgreSQL (database {@code booking}) and Kafka broker of the test JVM.
 */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "booking"))
public class PlatformInfrastructure {
}
