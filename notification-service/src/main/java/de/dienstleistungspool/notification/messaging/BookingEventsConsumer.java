package de.dienstleistungspool.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.notification.domain.NotificationType;
import de.dienstleistungspool.notification.service.BookingFacts;
import de.dienstleistungspool.notification.service.BookingProjection;
import de.dienstleistungspool.notification.service.NotifiableEvent;
import de.dienstleistungspool.notification.service.NotificationFanout;
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
 * Tells the members of a booking about each of its events, exactly once per event id, by e-mail and webhook.
 */
@ApplicationScoped
public class BookingEventsConsumer {

    private static final Logger LOG = Logger.getLogger(BookingEventsConsumer.class);
    static final String CONSUMER = "notification-service";

    @Inject
    ObjectMapper mapper;

    @Inject
    Inbox inbox;

    @Inject
    BookingProjection projection;

    @Inject
    NotificationFanout fanout;

    @Incoming("booking-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        Optional<EventEnvelope> parsed = EventEnvelope.parse(mapper, "booking-events", message);
        if (parsed.isEmpty()) {
            return;
        }
        EventEnvelope event = parsed.get();
        Optional<NotificationType> type = NotificationType.of(event.eventType());
        if (type.isEmpty() || !inbox.firstDelivery(CONSUMER, event.eventId())) {
            return;
        }
        BookingFacts facts;
        try {
            facts = projection.facts(event.json());
        } catch (RuntimeException e) {
            LOG.errorf("Skipping %s %s with unusable data: %s", event.eventType(), event.eventId(), e.getMessage());
            return;
        }
        projection.apply(facts, event.occurredAt());
        fanout.fanOut(new NotifiableEvent(event.eventId(), type.get(), event.occurredAt(), facts, event.raw()));
    }
}
