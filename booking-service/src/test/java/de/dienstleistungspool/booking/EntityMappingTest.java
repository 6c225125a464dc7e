package de.dienstleistungspool.booking;

import de.dienstleistungspool.testinfra.EntityMappingContractTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Proves every column of booking-service's entities exists in its Flyway schema.
 */
@QuarkusTest
class EntityMappingTest extends EntityMappingContractTest {
}
