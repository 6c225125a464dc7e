package de.dienstleistungspool.booking.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.booking.domain.MemberRepository;
import de.dienstleistungspool.platform.inbox.Inbox;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import de.dienstleistungspool.platform.security.RevokedCredentials;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Learns from {@code member-events} which members left (they cannot book) and which credentials were revoked
 * (their tokens are refused at once), idempotently by event id.
 */
@ApplicationScoped
public class MemberEventsListener {

    static final String CONSUMER = "booking-service/member-events";
    private static final Logger LOG = Logger.getLogger(MemberEventsListener.class);

    @Inject
    ObjectMapper json;

    @Inject
    Inbox inbox;

    @Inject
    MemberRepository members;

    @Inject
    RevokedCredentials revoked;

    @Incoming("member-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        JsonNode event;
        UUID eventId;
        try {
            event = json.readTree(message);
            eventId = UUID.fromString(event.path("eventId").asText());
        } catch (Exception e) {
            LOG.warnf("Skipping unreadable member event: %s", e.getMessage());
            return;
        }
        String type = event.path("eventType").asText();
        try {
            switch (type) {
                case "MemberJoined", "MemberChanged", "MemberLeft" -> {
                    UUID memberId = UUID.fromString(event.get("memberId").asText());
                    UUID regionId = event.hasNonNull("regionId") ? UUID.fromString(event.get("regionId").asText()) : null;
                    String status = "MemberLeft".equals(type) || "LEFT".equals(event.path("status").asText()) ? "LEFT" : "ACTIVE";
                    Instant at = Instant.parse(event.get("occurredAt").asText());
                    if (inbox.firstDelivery(CONSUMER, eventId)) {
                        members.record(memberId, regionId, status, at);
                    }
                }
                case "CredentialRevoked" -> {
                    String subject = event.get("subject").asText();
                    if (subject.isBlank()) {
                        throw new IllegalArgumentException("empty subject");
                    }
                    if (inbox.firstDelivery(CONSUMER, eventId)) {
                        revoked.revoke(subject);
                    }
                }
                default -> LOG.debugf("Ignoring member event type %s", type);
            }
        } catch (IllegalArgumentException | NullPointerException | java.time.format.DateTimeParseException e) {
            LOG.warnf("Skipping malformed %s event %s: %s", type, eventId, e.getMessage());
        }
    }
}
