package de.dienstleistungspool.testinfra;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test profile that runs the service against {@link AuthenticatedKafka}, signed in as its own principal, instead
 * of the JVM's plain broker ({@link PlatformTestResource} reads the profile).
 */
public class AuthenticatedBroker implements QuarkusTestProfile {
}
