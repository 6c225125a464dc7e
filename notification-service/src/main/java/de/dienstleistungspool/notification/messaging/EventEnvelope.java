package de.dienstleistungspool.notification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The common head of every event on the wire ({@code eventId}, {@code eventType}, {@code occurredAt}) with its
 * JSON; a message that does not have it is logged and skipped so it cannot block its partition.
 */
record EventEnvelope(UUID eventId, String eventType, Instant occurredAt, JsonNode json, String raw) {

    private static final Logger LOG = Logger.getLogger(EventEnvelope.class);

    static Optional<EventEnvelope> parse(ObjectMapper mapper, String topic, String raw) {
        try {
            JsonNode json = mapper.readTree(raw);
            UUID eventId = UUID.fromString(json.get("eventId").asText());
            String type = json.get("eventType").asText();
            Instant occurredAt = json.hasNonNull("occurredAt") ? Instant.parse(json.get("occurredAt").asText()) : Instant.now();
            return Optional.of(new EventEnvelope(eventId, type, occurredAt, json, raw));
        } catch (Exception e) {
            LOG.errorf("Skipping unreadable message on %s (%s): %.300s", topic, e.getMessage(), raw);
            return Optional.empty();
        }
    }
}
