package de.dienstleistungspool.pool;

import de.dienstleistungspool.testinfra.MalformedParameterContractTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Proves pool-service refuses a malformed typed path or query parameter with 400 naming it.
 */
@QuarkusTest
class MalformedParameterTest extends MalformedParameterContractTest {
}
