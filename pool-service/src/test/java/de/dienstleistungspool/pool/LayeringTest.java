package de.dienstleistungspool.pool;

import de.dienstleistungspool.testinfra.LayeringContractTest;

/**
 * Holds pool-service to the package layout of docs/ARCHITECTURE.md.
 */
class LayeringTest extends LayeringContractTest {

    @Override
    protected String basePackage() {
        return "de.dienstleistungspool.pool";
    }
}
