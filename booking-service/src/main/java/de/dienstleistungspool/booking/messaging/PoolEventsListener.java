package de.dienstleistungspool.booking.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.booking.domain.Blackout;
import de.dienstleistungspool.booking.domain.BlackoutRepository;
import de.dienstleistungspool.booking.domain.Offer;
import de.dienstleistungspool.booking.domain.OfferKind;
import de.dienstleistungspool.booking.domain.OfferRepository;
import de.dienstleistungspool.booking.domain.QuantityUnit;
import de.dienstleistungspool.platform.inbox.Inbox;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
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
 * Keeps booking-service's view of the offers and their blackouts current from {@code pool-events}, idempotently by
 * event id, so a booking is validated without calling pool-service.
 */
@ApplicationScoped
public class PoolEventsListener {

    static final String CONSUMER = "booking-service/pool-events";
    private static final Logger LOG = Logger.getLogger(PoolEventsListener.class);

    @Inject
    ObjectMapper json;

    @Inject
    Inbox inbox;

    @Inject
    OfferRepository offers;

    @Inject
    BlackoutRepository blackouts;

    @Incoming("pool-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        JsonNode event;
        try {
            event = json.readTree(message);
            UUID.fromString(event.path("eventId").asText());
        } catch (Exception e) {
            LOG.warnf("Skipping unreadable pool event: %s", e.getMessage());
            return;
        }
        String type = event.path("eventType").asText();
        try {
            switch (type) {
                case "OfferCreated", "OfferChanged", "OfferPaused", "OfferResumed", "OfferRetired" -> {
                    Offer offer = offerOf(event);
                    if (claim(event)) {
                        offers.upsert(offer);
                    }
                }
                case "BlackoutAdded" -> {
                    Blackout b = blackoutOf(event);
                    if (claim(event)) {
                        if (offers.lockExclusively(b.offerId())) {
                            blackouts.add(b);
                        } else {
                            LOG.warnf("Blackout %s names unknown offer %s; skipped", b.blackoutId(), b.offerId());
                        }
                    }
                }
                case "BlackoutRemoved" -> {
                    UUID blackoutId = UUID.fromString(event.path("blackoutId").asText());
                    if (claim(event)) {
                        blackouts.remove(blackoutId);
                    }
                }
                default -> LOG.debugf("Ignoring pool event type %s", type);
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            LOG.warnf("Skipping malformed %s event %s: %s", type, event.path("eventId").asText(), e.getMessage());
        }
    }

    private boolean claim(JsonNode event) {
        return inbox.firstDelivery(CONSUMER, UUID.fromString(event.path("eventId").asText()));
    }

    private static Offer offerOf(JsonNode e) {
        Offer o = new Offer();
        o.id = UUID.fromString(e.get("offerId").asText());
        o.ownerMemberId = UUID.fromString(e.get("ownerMemberId").asText());
        o.regionId = UUID.fromString(e.get("regionId").asText());
        o.kind = OfferKind.valueOf(e.get("kind").asText());
        o.category = e.get("category").asText();
        o.title = e.get("title").asText();
        o.sectors = strings(e.get("sectors"));
        o.unit = QuantityUnit.valueOf(e.get("unit").asText());
        o.bufferMinutes = e.path("bufferMinutes").asInt(0);
        o.settlementModes = strings(e.get("settlementModes"));
        o.autoConfirm = e.path("autoConfirm").asBoolean(false);
        o.status = e.get("status").asText();
        o.snapshotAt = Instant.parse(e.get("occurredAt").asText());
        if (o.sectors.isEmpty() || o.settlementModes.isEmpty() || o.bufferMinutes < 0) {
            throw new IllegalArgumentException("offer " + o.id + " has no sector, no settlement mode or a negative buffer");
        }
        return o;
    }

    private static Blackout blackoutOf(JsonNode e) {
        Instant start = Instant.parse(e.get("start").asText());
        Instant end = Instant.parse(e.get("end").asText());
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("blackout ends before it starts");
        }
        return new Blackout(UUID.fromString(e.get("blackoutId").asText()), UUID.fromString(e.get("offerId").asText()),
                start, end, e.hasNonNull("reason") ? e.get("reason").asText() : null);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
