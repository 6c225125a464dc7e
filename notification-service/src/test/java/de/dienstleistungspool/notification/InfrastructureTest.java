package de.dienstleistungspool.notification;

import de.dienstleistungspool.testinfra.InfrastructureContractTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Proves notification-service reaches the real PostgreSQL and Kafka broker and answers malformed JSON with problem+json.
 */
@QuarkusTest
class InfrastructureTest extends InfrastructureContractTest {

    @Override
    protected String jsonEndpoint() {
        return "/probe";
    }

    @Override
    protected String bearerToken() {
        return null;
    }
}
