package de.dienstleistungspool.municipality.settlement.messaging;

import de.dienstleistungspool.municipality.settlement.service.LedgerService;
import de.dienstleistungspool.platform.messaging.EventConsumer;
import de.dienstleistungspool.platform.messaging.PoisonMessage;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Books every {@code BookingCompleted} from {@code booking-events} into the ledger, exactly once per event id; a
 * completion the ledger cannot book (no usage, unknown unit or sector, provider = consumer) is dead-lettered.
 */
@ApplicationScoped
public class BookingEventsConsumer extends EventConsumer<BookingEvent> {

    @Inject
    LedgerService ledger;

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
    protected boolean wants(BookingEvent event) {
        return "BookingCompleted".equals(event.eventType());
    }

    @Override
    protected void check(BookingEvent event) {
        String problem = LedgerService.whyUnbookable(event);
        if (problem != null) {
            throw PoisonMessage.implausible("booking " + event.bookingId() + " cannot be booked: " + problem);
        }
    }

    @Override
    protected void apply(BookingEvent event) {
        ledger.bookCompletion(event);
    }
}
