package de.dienstleistungspool.pool.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.platform.inbox.Inbox;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import de.dienstleistungspool.pool.domain.BusyPeriodRepository;
import de.dienstleistungspool.pool.domain.BusyPeriodRepository.BookingState;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Builds the busy-period projection from booking-events: idempotent by event id, and tolerant of one booking's
 * events arriving in any order (the projection keeps the latest state, see {@link BusyPeriodRepository#apply}).
 */
@ApplicationScoped
public class BookingEventsConsumer {

    static final String CONSUMER = "pool-service.busy-periods";
    private static final Logger LOG = Logger.getLogger(BookingEventsConsumer.class);
    private static final Set<String> TYPES = Set.of("BookingRequested", "BookingConfirmed", "BookingRejected",
            "BookingCancelled", "BookingStarted", "BookingCompleted", "BookingNoShow");

    @Inject
    ObjectMapper json;

    @Inject
    Inbox inbox;

    @Inject
    BusyPeriodRepository busy;

    @Inject
    ProjectionLag lag;

    @Incoming("booking-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        BookingState state;
        try {
            JsonNode e = json.readTree(message);
            if (e == null || !TYPES.contains(e.path("eventType").asText())) {
                return;
            }
            state = new BookingState(uuid(e, "bookingId"), uuid(e, "offerId"), optionalUuid(e, "regionId"),
                    optionalUuid(e, "providerMemberId"), optionalUuid(e, "consumerMemberId"), e.path("status").asText(),
                    Instant.parse(e.path("start").asText()), Instant.parse(e.path("end").asText()),
                    Math.max(0, e.path("bufferMinutes").asInt(0)), text(e, "offerTitle"), text(e, "site"),
                    Instant.parse(e.path("occurredAt").asText()), uuid(e, "eventId"));
            if (state.status().isBlank() || !state.end().isAfter(state.start())) {
                throw new IllegalArgumentException("status missing or end not after start");
            }
        } catch (Exception e) {
            LOG.errorf("Skipping unreadable booking event (%s): %.500s", e.getMessage(), message);
            return;
        }
        if (!inbox.firstDelivery(CONSUMER, state.eventId())) {
            return;
        }
        busy.apply(state);
        lag.applied(state.occurredAt());
    }

    static UUID uuid(JsonNode e, String field) {
        return UUID.fromString(e.path(field).asText());
    }

    static UUID optionalUuid(JsonNode e, String field) {
        return e.hasNonNull(field) ? UUID.fromString(e.get(field).asText()) : null;
    }

    static String text(JsonNode e, String field) {
        return e.hasNonNull(field) ? e.get(field).asText() : null;
    }
}
