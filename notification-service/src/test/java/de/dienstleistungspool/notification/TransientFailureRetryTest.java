package de.dienstleistungspool.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.dienstleistungspool.platform.inbox.Inbox;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Proves that a consumer transaction interrupted by a lost database connection is retried in a fresh transaction
 * (its earlier attempts leave nothing behind), while a failure caused by the data itself is not retried.
 */
@QuarkusTest
class TransientFailureRetryTest {

    @Inject
    FlakyConsumer consumer;

    @Inject
    EntityManager em;

    @Test
    void connectionLossIsRetriedUntilTheWorkCommitsOnce() {
        UUID eventId = UUID.randomUUID();
        consumer.arm(2);

        consumer.consume(eventId, new SQLException("connection lost", "08006"));

        assertEquals(3, consumer.attempts());
        assertEquals(1, claims(eventId));
    }

    @Test
    void badDataIsNotRetried() {
        UUID eventId = UUID.randomUUID();
        consumer.arm(5);

        assertThrows(PersistenceException.class,
                () -> consumer.consume(eventId, new SQLException("value too long", "22001")));

        assertEquals(1, consumer.attempts());
        assertEquals(0, claims(eventId));
    }

    private int claims(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = ?1").setParameter(1, eventId)
                .getSingleResult()).intValue());
    }

    /** A consumer that claims its event, then fails with the given cause a set number of times. */
    @ApplicationScoped
    static class FlakyConsumer {

        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger attempts = new AtomicInteger();

        @Inject
        Inbox inbox;

        void arm(int failuresBeforeSuccess) {
            failures.set(failuresBeforeSuccess);
            attempts.set(0);
        }

        int attempts() {
            return attempts.get();
        }

        @RetryTransientFailures
        @Transactional
        void consume(UUID eventId, SQLException cause) {
            attempts.incrementAndGet();
            inbox.firstDelivery("retry-test", eventId);
            if (failures.getAndDecrement() > 0) {
                throw new PersistenceException("simulated", cause);
            }
        }
    }
}
