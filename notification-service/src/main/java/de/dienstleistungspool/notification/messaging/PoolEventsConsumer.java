package de.dienstleistungspool.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.notification.service.Directory;
import de.dienstleistungspool.platform.inbox.Inbox;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps offer titles and depots from {@code pool-events}, so e-mails say where a unit is picked up.
 */
@ApplicationScoped
public class PoolEventsConsumer {

    private static final Logger LOG = Logger.getLogger(PoolEventsConsumer.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    Inbox inbox;

    @Inject
    Directory directory;

    @Incoming("pool-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        Optional<EventEnvelope> parsed = EventEnvelope.parse(mapper, "pool-events", message);
        if (parsed.isEmpty() || !parsed.get().eventType().startsWith("Offer")
                || !inbox.firstDelivery(BookingEventsConsumer.CONSUMER, parsed.get().eventId())) {
            return;
        }
        try {
            directory.offerSnapshot(parsed.get().json());
        } catch (IllegalArgumentException e) {
            LOG.errorf("Skipping %s %s with unusable data: %s", parsed.get().eventType(), parsed.get().eventId(), e.getMessage());
        }
    }
}
