package de.dienstleistungspool.pool;

import de.dienstleistungspool.testinfra.EntityMappingContractTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Proves every column of pool-service's entities exists in its Flyway schema.
 */
@QuarkusTest
class EntityMappingTest extends EntityMappingContractTest {
}
