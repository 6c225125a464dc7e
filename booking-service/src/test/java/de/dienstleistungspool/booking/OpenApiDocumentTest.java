package de.dienstleistungspool.booking;

import de.dienstleistungspool.testinfra.OpenApiDocumentContractTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Holds booking-service's OpenAPI document to what a client generator needs, and to its checked-in copy.
 */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentContractTest {

    @Override
    protected String service() {
        return "booking-service";
    }
}
