package de.dienstleistungspool.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.platform.messaging.EventConsumer;
import de.dienstleistungspool.platform.messaging.IncomingEvent;
import de.dienstleistungspool.platform.messaging.PoisonMessage;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import de.dienstleistungspool.testinfra.DeadLetters;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The platform's consumer skeleton on a probe consumer: a bug in the effect rolls the inbox claim back (the event is
 * never recorded as processed and is processed once after the fix), an implausible or unreadable event is poison and
 * claims nothing, and a redelivery is applied once.
 */
@QuarkusTest
class EventConsumerTest {

    @Inject
    ProbeConsumer probe;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @Test
    void aBugIsNeverRecordedAsProcessedAndTheEventIsAppliedOnceAfterTheFix() {
        UUID id = UUID.randomUUID();
        double failed = DeadLetters.counted(metrics, "pool-service/probe-events", "failed");
        probe.failWith(new NullPointerException("a bug in the effect"));

        assertThrows(NullPointerException.class, () -> probe.on(probe(id, "Probed", "x")));
        assertEquals(0, claims(id));
        assertEquals(failed + 1, DeadLetters.counted(metrics, "pool-service/probe-events", "failed"));

        probe.failWith(null); // the fixed consumer, fed the replayed message and a redelivery of it
        probe.on(probe(id, "Probed", "x"));
        probe.on(probe(id, "Probed", "x"));
        assertEquals(1, probe.applied(id));
        assertEquals(1, claims(id));
    }

    @Test
    void implausibleAndUnreadableEventsArePoisonAndClaimNothing() {
        UUID id = UUID.randomUUID();
        PoisonMessage implausible = assertThrows(PoisonMessage.class, () -> probe.on(probe(id, "Implausible", "x")));
        assertEquals("implausible: probe says no", implausible.getMessage());
        PoisonMessage invalid = assertThrows(PoisonMessage.class, () -> probe.on(probe(id, "Probed", "")));
        assertTrue(invalid.getMessage().startsWith("unreadable: Probed " + id + ": note must not be blank"), invalid.getMessage());
        PoisonMessage noId = assertThrows(PoisonMessage.class, () -> probe.on("{\"eventType\":\"Probed\"}"));
        assertEquals("unreadable: eventId or eventType missing", noId.getMessage());
        assertThrows(PoisonMessage.class, () -> probe.on("{\"eventId\":\"not-a-uuid\",\"eventType\":\"Probed\"}"));
        assertEquals(0, claims(id));
        assertEquals(0, probe.applied(id));
    }

    private static String probe(UUID id, String type, String note) {
        return "{\"eventId\":\"" + id + "\",\"eventType\":\"" + type + "\",\"note\":\"" + note + "\",\"unknown\":1}";
    }

    private long claims(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from processed_event where consumer = 'pool-service/probe-events' and event_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue());
    }

    /** The payload of the probe consumer. */
    record Probe(UUID eventId, String eventType, @NotBlank String note) implements IncomingEvent {
    }

    /** A consumer built on the skeleton, without a channel: the test calls its method as the connector would. */
    @ApplicationScoped
    static class ProbeConsumer extends EventConsumer<Probe> {

        private final Map<UUID, Integer> applied = new ConcurrentHashMap<>();
        private volatile RuntimeException failWith;

        ProbeConsumer() {
            super("probe-events", Probe.class);
        }

        void failWith(RuntimeException bug) {
            failWith = bug;
        }

        int applied(UUID id) {
            return applied.getOrDefault(id, 0);
        }

        @RetryTransientFailures
        @Transactional
        public void on(String message) {
            consume(message);
        }

        @Override
        protected void check(Probe p) {
            if (p.eventType().equals("Implausible")) {
                throw PoisonMessage.implausible("probe says no");
            }
        }

        @Override
        protected void apply(Probe p) {
            if (failWith != null) {
                throw failWith;
            }
            applied.merge(p.eventId(), 1, Integer::sum);
        }
    }
}
