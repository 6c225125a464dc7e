package de.dienstleistungspool.notification;

import de.dienstleistungspool.testinfra.LayeringContractTest;

/**
 * Holds notification-service to the package layout of docs/ARCHITECTURE.md.
 */
class LayeringTest extends LayeringContractTest {

    @Override
    protected String basePackage() {
        return "de.dienstleistungspool.notification";
    }
}
