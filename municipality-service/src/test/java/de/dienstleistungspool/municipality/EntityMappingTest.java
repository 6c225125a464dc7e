package de.dienstleistungspool.municipality;

import de.dienstleistungspool.testinfra.EntityMappingContractTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Proves every column of municipality-service's entities exists in its Flyway schema.
 */
@QuarkusTest
class EntityMappingTest extends EntityMappingContractTest {
}
