package de.dienstleistungspool.pool;

import de.dienstleistungspool.testinfra.OutboxContractTest;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Proves pool-service reaches the real PostgreSQL and Kafka broker and answers malformed JSON with problem+json.
 */
@QuarkusTest
class InfrastructureTest extends OutboxContractTest {

    @Override
    protected String jsonEndpoint() {
        return "/offers";
    }

    @Override
    protected String bearerToken() {
        return TestTokens.token(TestData.ESCHWEGE, TestData.WMK, "works-staff");
    }
}
