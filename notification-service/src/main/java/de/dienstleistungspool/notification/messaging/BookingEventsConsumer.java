package de.dienstleistungspool.notification.messaging;

import de.dienstleistungspool.notification.domain.NotificationType;
import de.dienstleistungspool.notification.service.BookingFacts;
import de.dienstleistungspool.notification.service.BookingProjection;
import de.dienstleistungspool.notification.service.NotifiableEvent;
import de.dienstleistungspool.notification.service.NotificationFanout;
import de.dienstleistungspool.platform.messaging.EventConsumer;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Tells the members of a booking about each of its events, exactly once per event id, by e-mail and webhook.
 */
@ApplicationScoped
public class BookingEventsConsumer extends EventConsumer<BookingEvent> {

    @Inject
    BookingProjection projection;

    @Inject
    NotificationFanout fanout;

    BookingEventsConsumer() {
        super("booking-events", BookingEvent.class);
    }

    @Incoming("booking-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        consume(message);
    }

    @Override
    protected boolean wants(BookingEvent e) {
        return NotificationType.of(e.eventType()).isPresent();
    }

    @Override
    protected void apply(BookingEvent e) {
        BookingFacts facts = e.facts();
        projection.apply(facts, e.occurredAt());
        fanout.fanOut(new NotifiableEvent(e.eventId(), NotificationType.of(e.eventType()).orElseThrow(), e.occurredAt(),
                facts, e.dispatch(), e.message()));
    }
}
