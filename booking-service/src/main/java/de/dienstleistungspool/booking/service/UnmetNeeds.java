package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.domain.Booking;
import de.dienstleistungspool.booking.messaging.events.DemandEvent;
import de.dienstleistungspool.platform.outbox.Outbox;
import de.dienstleistungspool.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Collects the requests of one HTTP request that were refused for lack of capacity and publishes them as
 * {@code BookingRequestRefused} once the request's own transaction has ended ({@link ReportsRefusals}): a refusal
 * rolls that transaction back, and the shortage radar still has to learn of it. Publishing needs no second database
 * connection while the first is held, so a burst of refused requests cannot exhaust the pool.
 */
@RequestScoped
public class UnmetNeeds {

    /** The refusals that mean the offer had no capacity (not bad input, not a paused offer or a deactivated region). */
    static final Set<String> FOR_LACK_OF_CAPACITY = Set.of("booking-overlap", "person-booked", "blackout");
    static final String REFUSED = "BookingRequestRefused";

    private static final Logger LOG = Logger.getLogger(UnmetNeeds.class);

    @Inject
    Outbox outbox;

    private final List<DemandEvent> pending = new ArrayList<>();

    /** Notes the refusal of {@code b} if {@code problem} says the offer had no capacity for it. */
    public void refused(Booking b, ProblemException problem) {
        if (FOR_LACK_OF_CAPACITY.contains(problem.slug())) {
            refused(b, problem.slug());
        }
    }

    /** Notes that {@code b} could not be booked, for the reason given (a problem type). */
    public void refused(Booking b, String reason) {
        pending.add(event(REFUSED, b.offerId, b.regionId, b.providerMemberId, b.consumerMemberId, b.offerKind.name(),
                b.category, b.sector.name(), b.startAt, b.endAt, reason));
    }

    /** The event of a need, for {@link #refused} or, written in the transaction of the change, a waiting-list entry. */
    static DemandEvent event(String type, UUID offerId, UUID regionId, UUID provider, UUID consumer, String offerKind,
                             String category, String sector, Instant start, Instant end, String reason) {
        return new DemandEvent(UUID.randomUUID(), type, Instant.now(), offerId, regionId, provider, consumer, offerKind,
                category, sector, start, end, reason);
    }

    /**
     * Publishes the noted refusals in a transaction of their own; must run after the request's transaction ended. A
     * failure is logged and loses only these statistics, never the caller's answer.
     */
    void publish() {
        if (pending.isEmpty()) {
            return;
        }
        List<DemandEvent> events = List.copyOf(pending);
        pending.clear();
        try {
            QuarkusTransaction.requiringNew().run(() -> events.forEach(outbox::publish));
        } catch (RuntimeException e) {
            LOG.warnf("%d refused request(s) were not reported to the shortage radar: %s", events.size(), e.toString());
        }
    }
}
