package de.dienstleistungspool.municipality;

import de.dienstleistungspool.testinfra.OutboxContractTest;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;

/**
 * Proves municipality-service reaches the real PostgreSQL and Kafka broker and answers malformed JSON with problem+json.
 */
@QuarkusTest
class InfrastructureTest extends OutboxContractTest {

    @Override
    protected String jsonEndpoint() {
        return "/members";
    }

    @Override
    protected String bearerToken() {
        return TestTokens.token(UUID.randomUUID(), UUID.randomUUID(), Roles.COORDINATOR);
    }
}
