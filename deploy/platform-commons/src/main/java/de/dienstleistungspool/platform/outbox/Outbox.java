package de.dienstleistungspool.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes an event into the service's {@code outbox_event} table inside the caller's transaction, so the event
 * exists exactly when the change that caused it commits; {@link OutboxRelay} publishes it to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into outbox_event (id, topic, record_key, event_type, payload) "
            + "values (?, ?, ?, ?, cast(? as json))";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Event<OutboxWritten> written;

    /**
     * Records an event; must run inside the transaction of the change it describes.
     *
     * @param topic       Kafka topic, e.g. {@code booking-events}
     * @param key         record key; all events with one key keep their order (e.g. the offer id)
     * @param eventId     the event's id, also the consumers' idempotency key
     * @param eventType   past-tense event name, e.g. {@code BookingConfirmed}
     * @param event       the event record, serialised as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, String key, UUID eventId, String eventType, Object event) {
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + eventType + " cannot be serialised", e);
        }
        // plain JDBC on the transaction's own connection: no Hibernate auto-flush or query-plan lookup on the hot path
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, eventId);
                insert.setString(2, topic);
                insert.setString(3, key);
                insert.setString(4, eventType);
                insert.setString(5, payload);
                insert.executeUpdate();
            }
        });
        written.fire(new OutboxWritten(topic));
    }

    /** Fired (observed after commit) so the relay wakes up at once instead of at its next poll. */
    public record OutboxWritten(String topic) {
    }
}
