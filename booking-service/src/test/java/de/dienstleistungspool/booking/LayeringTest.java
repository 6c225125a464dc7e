package de.dienstleistungspool.booking;

import de.dienstleistungspool.testinfra.LayeringContractTest;

/**
 * Holds booking-service to the package layout of docs/ARCHITECTURE.md.
 */
class LayeringTest extends LayeringContractTest {

    @Override
    protected String basePackage() {
        return "de.dienstleistungspool.booking";
    }
}
