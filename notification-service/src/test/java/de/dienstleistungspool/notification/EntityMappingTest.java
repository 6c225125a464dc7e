package de.dienstleistungspool.notification;

import de.dienstleistungspool.testinfra.EntityMappingContractTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Proves every column of notification-service's entities exists in its Flyway schema.
 */
@QuarkusTest
class EntityMappingTest extends EntityMappingContractTest {
}
