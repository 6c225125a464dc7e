package de.dienstleistungspool.notification;

import de.dienstleistungspool.testinfra.MalformedParameterContractTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Proves notification-service refuses a malformed typed path or query parameter with 400 naming it.
 */
@QuarkusTest
class MalformedParameterTest extends MalformedParameterContractTest {
}
