package de.dienstleistungspool.notification;

import de.dienstleistungspool.testinfra.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Points every test of this service at the real PostgreSQL (database {@code notification}) and Kafka broker of the test JVM.
 */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
public class PlatformInfrastructure {
}
