package de.dienstleistungspool.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.notification.service.Directory;
import de.dienstleistungspool.platform.inbox.Inbox;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import de.dienstleistungspool.platform.security.RevokedCredentials;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps members' names and contacts and their people's e-mail addresses and roles, and refuses revoked credentials.
 */
@ApplicationScoped
public class MemberEventsConsumer {

    private static final Logger LOG = Logger.getLogger(MemberEventsConsumer.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    Inbox inbox;

    @Inject
    Directory directory;

    @Inject
    RevokedCredentials revoked;

    @Incoming("member-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        Optional<EventEnvelope> parsed = EventEnvelope.parse(mapper, "member-events", message);
        if (parsed.isEmpty() || !inbox.firstDelivery(BookingEventsConsumer.CONSUMER, parsed.get().eventId())) {
            return;
        }
        EventEnvelope event = parsed.get();
        try {
            switch (event.eventType()) {
                case "MemberJoined", "MemberChanged", "MemberLeft" -> directory.memberSnapshot(event.json());
                case "UserChanged" -> directory.userChanged(event.json());
                case "CredentialRevoked" -> revoked.revoke(event.json().get("subject").asText());
                default -> { /* RatesPublished and future types are not needed here */ }
            }
        } catch (RuntimeException e) {
            if (e instanceof jakarta.persistence.PersistenceException) {
                throw e;
            }
            LOG.errorf("Skipping %s %s with unusable data: %s", event.eventType(), event.eventId(), e.getMessage());
        }
    }
}
