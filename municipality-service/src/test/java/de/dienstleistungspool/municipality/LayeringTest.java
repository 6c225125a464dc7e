package de.dienstleistungspool.municipality;

import de.dienstleistungspool.testinfra.LayeringContractTest;

/**
 * Holds municipality-service to the package layout of docs/ARCHITECTURE.md.
 */
class LayeringTest extends LayeringContractTest {

    @Override
    protected String basePackage() {
        return "de.dienstleistungspool.municipality";
    }
}
