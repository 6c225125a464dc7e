package de.dienstleistungspool.municipality.settlement.messaging;

import de.dienstleistungspool.municipality.settlement.service.LedgerService;
import de.dienstleistungspool.municipality.settlement.service.ValuationService;
import de.dienstleistungspool.platform.messaging.EventConsumer;
import de.dienstleistungspool.platform.messaging.PoisonMessage;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Books every {@code BookingCompleted} from {@code booking-events} into the ledger, exactly once per event id and once
 * per booking; a completion the ledger cannot book (no usage, unknown unit or sector, provider = consumer) or that
 * contradicts this service (a member unknown or of another region, a booking already booked) is dead-lettered with
 * the reason and changes nothing. A booking requested or confirmed for a year without rates warns the coordinator
 * ({@link ValuationService#bookingMade}).
 */
@ApplicationScoped
public class BookingEventsConsumer extends EventConsumer<BookingEvent> {

    private static final String COMPLETED = "BookingCompleted";

    /** The events of a booking being made, checked against the year's rates. */
    private static final Set<String> MADE = Set.of("BookingRequested", "BookingConfirmed");

    @Inject
    LedgerService ledger;

    @Inject
    ValuationService valuation;

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
        return COMPLETED.equals(event.eventType()) || MADE.contains(event.eventType());
    }

    @Override
    protected void check(BookingEvent event) {
        if (!COMPLETED.equals(event.eventType())) {
            if (event.bookingId() == null || event.regionId() == null || (event.start() == null && event.end() == null)) {
                throw PoisonMessage.implausible(event.eventType() + " " + event.bookingId() + " names no booking, region or period");
            }
            return;
        }
        String problem = LedgerService.whyUnbookable(event);
        if (problem == null) {
            problem = ledger.whyImplausible(event);
        }
        if (problem != null) {
            throw PoisonMessage.implausible("booking " + event.bookingId() + " cannot be booked: " + problem);
        }
    }

    @Override
    protected void apply(BookingEvent event) {
        if (COMPLETED.equals(event.eventType())) {
            ledger.bookCompletion(event);
        } else {
            valuation.bookingMade(event);
        }
    }
}
