package de.dienstleistungspool.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.platform.jdbc.TransactionalJdbc;
import de.dienstleistungspool.platform.tracing.TraceParent;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Writes an event into the service's {@code outbox_event} table inside the caller's transaction, so the event
 * exists exactly when the change that caused it commits; {@link OutboxRelay} publishes it to Kafka afterwards.
 */
@Singleton
public class Outbox {

    @Inject
    TransactionalJdbc jdbc;

    @Inject
    ObjectMapper json;

    /** Records an event; must run inside the transaction of the change it describes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(OutgoingEvent event) {
        Row row = row(event);
        jdbc.run(c -> {
            try (PreparedStatement insert = c.prepareStatement(Row.INSERT)) {
                row.bind(insert, 1);
                return insert.executeUpdate();
            }
        });
    }

    /**
     * Serialises an event for a caller that writes the row itself, as one statement of a larger round trip; the
     * caller must execute {@link Row#INSERT} (optionally with a {@code where} clause) bound by {@link Row#bind} in the
     * transaction of the change. The table's trigger wakes the relay when that transaction commits. The row keeps the
     * trace context of the current span, which the relay sends on with the event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Row row(OutgoingEvent event) {
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.eventType() + " cannot be serialised", e);
        }
        return new Row(event.eventId(), event.topic(), event.key(), event.eventType(), payload, TraceParent.current());
    }

    /**
     * One outbox row, serialised and ready to insert; {@code traceparent} is the W3C trace context of the span that
     * wrote it (null when nothing is traced).
     */
    public record Row(UUID id, String topic, String key, String eventType, String payload, String traceparent) {

        /** The table and its columns, for a caller that writes rows inside a larger statement. */
        public static final String TABLE_COLUMNS = "outbox_event (id, topic, record_key, event_type, payload, traceparent)";

        /** The six bound values in {@link #TABLE_COLUMNS} order, as a select list bound by {@link #bind}. */
        public static final String VALUES = "cast(? as uuid), cast(? as text), cast(? as text), cast(? as text), "
                + "cast(? as json), cast(? as text)";

        /** The insert of one row as {@code insert ... select}, so a caller may append a {@code where} clause. */
        public static final String INSERT = "insert into " + TABLE_COLUMNS + " select " + VALUES;

        /** Binds the six parameters of {@link #VALUES} from position {@code from}; returns the next position. */
        public int bind(PreparedStatement s, int from) throws SQLException {
            s.setObject(from, id);
            s.setString(from + 1, topic);
            s.setString(from + 2, key);
            s.setString(from + 3, eventType);
            s.setString(from + 4, payload);
            s.setString(from + 5, traceparent);
            return from + 6;
        }
    }
}
