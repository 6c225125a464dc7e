package de.dienstleistungspool.booking;

import de.dienstleistungspool.testinfra.OutboxContractTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Proves booking-service reaches the real PostgreSQL and Kafka broker and answers malformed JSON with problem+json.
 */
@QuarkusTest
class InfrastructureTest extends OutboxContractTest {

    @Override
    protected String jsonEndpoint() {
        return "/bookings";
    }

    @Override
    protected String bearerToken() {
        return Api.dispatcher(PoolFeed.WITZENHAUSEN);
    }
}
