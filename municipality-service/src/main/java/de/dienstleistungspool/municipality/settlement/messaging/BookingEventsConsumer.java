package de.dienstleistungspool.municipality.settlement.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.municipality.settlement.service.LedgerService;
import de.dienstleistungspool.platform.inbox.Inbox;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Books every {@code BookingCompleted} from {@code booking-events} into the ledger, exactly once per event id.
 */
@ApplicationScoped
public class BookingEventsConsumer {

    static final String CONSUMER = "settlement-ledger";
    private static final Logger LOG = Logger.getLogger(BookingEventsConsumer.class);

    @Inject
    ObjectMapper json;

    @Inject
    Inbox inbox;

    @Inject
    LedgerService ledger;

    @Incoming("booking-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        BookingEvent event;
        try {
            event = json.readValue(message, BookingEvent.class);
        } catch (Exception e) {
            LOG.errorf("Skipping unparseable booking event: %s (%s)", abbreviate(message), e.getMessage());
            return;
        }
        if (event.eventId() == null || !"BookingCompleted".equals(event.eventType())) {
            return;
        }
        if (!inbox.firstDelivery(CONSUMER, event.eventId())) {
            LOG.debugf("Booking event %s already booked", event.eventId());
            return;
        }
        String problem = LedgerService.whyUnbookable(event);
        if (problem != null) {
            LOG.errorf("Skipping BookingCompleted %s of booking %s: %s", event.eventId(), event.bookingId(), problem);
            return;
        }
        ledger.bookCompletion(event);
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
