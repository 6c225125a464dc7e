package de.dienstleistungspool.pool.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.platform.inbox.Inbox;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import de.dienstleistungspool.platform.security.RevokedCredentials;
import de.dienstleistungspool.pool.service.MemberDirectory;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps this service's copy of the members and their depots from member-events, and stops accepting tokens of
 * revoked credentials; idempotent by event id, and an older snapshot never replaces a newer one.
 */
@ApplicationScoped
public class MemberEventsConsumer {

    static final String CONSUMER = "pool-service.members";
    private static final Logger LOG = Logger.getLogger(MemberEventsConsumer.class);

    @Inject
    ObjectMapper json;

    @Inject
    Inbox inbox;

    @Inject
    MemberDirectory members;

    @Inject
    RevokedCredentials revoked;

    @Incoming("member-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        JsonNode e;
        UUID eventId;
        String type;
        try {
            e = json.readTree(message);
            type = e.path("eventType").asText();
            eventId = UUID.fromString(e.path("eventId").asText());
        } catch (Exception ex) {
            LOG.errorf("Skipping unreadable member event (%s): %.500s", ex.getMessage(), message);
            return;
        }
        switch (type) {
            case "MemberJoined", "MemberChanged", "MemberLeft" -> {
                MemberDirectory.Snapshot snapshot;
                try {
                    snapshot = snapshot(e);
                } catch (Exception ex) {
                    LOG.errorf("Skipping malformed %s %s: %s", type, eventId, ex.getMessage());
                    return;
                }
                if (inbox.firstDelivery(CONSUMER, eventId)) {
                    members.apply(snapshot);
                }
            }
            case "CredentialRevoked" -> {
                String subject = e.path("subject").asText("");
                if (!subject.isBlank() && inbox.firstDelivery(CONSUMER, eventId)) {
                    revoked.revoke(subject);
                }
            }
            default -> {
                // other member-events (UserChanged, RatesPublished) do not concern the pool
            }
        }
    }

    private static MemberDirectory.Snapshot snapshot(JsonNode e) {
        List<MemberDirectory.DepotSnapshot> depots = new ArrayList<>();
        for (JsonNode d : e.path("depots")) {
            depots.add(new MemberDirectory.DepotSnapshot(UUID.fromString(d.path("depotId").asText()), d.path("name").asText(),
                    d.path("latitude").asDouble(Double.NaN), d.path("longitude").asDouble(Double.NaN)));
        }
        String status = e.path("eventType").asText().equals("MemberLeft") ? "LEFT" : e.path("status").asText("ACTIVE");
        return new MemberDirectory.Snapshot(UUID.fromString(e.path("memberId").asText()),
                UUID.fromString(e.path("regionId").asText()), e.path("name").asText(), status,
                Instant.parse(e.path("occurredAt").asText()), depots);
    }
}
