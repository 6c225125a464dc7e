package de.dienstleistungspool.pool.messaging;

import de.dienstleistungspool.platform.messaging.EventConsumer;
import de.dienstleistungspool.platform.messaging.PoisonMessage;
import de.dienstleistungspool.platform.messaging.RetryTransientFailures;
import de.dienstleistungspool.pool.domain.Member;
import de.dienstleistungspool.pool.domain.MemberRepository;
import de.dienstleistungspool.pool.domain.Offer;
import de.dienstleistungspool.pool.domain.OfferRepository;
import de.dienstleistungspool.pool.domain.UnmetDemand;
import de.dienstleistungspool.pool.service.ShortageRadar;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Records for the shortage radar the needs booking-service could not meet: requests refused for lack of capacity and
 * places taken on a waiting list, from {@code demand-events}.
 */
@ApplicationScoped
public class DemandEventsConsumer extends EventConsumer<DemandEvent> {

    private static final Set<String> TYPES = Set.of("BookingRequestRefused", "WaitlistJoined");

    @Inject
    OfferRepository offers;

    @Inject
    MemberRepository members;

    @Inject
    ShortageRadar radar;

    DemandEventsConsumer() {
        super("demand-events", DemandEvent.class);
    }

    @Incoming("demand-events")
    @Blocking
    @RetryTransientFailures
    @Transactional
    public void on(String message) {
        consume(message);
    }

    @Override
    protected boolean wants(DemandEvent e) {
        return TYPES.contains(e.eventType());
    }

    /**
     * The offer must exist, lie in the event's region and belong to the event's provider, and the member, when known
     * here, must be of that region; otherwise the event is a forgery or a bug and counts for nothing.
     */
    @Override
    protected void check(DemandEvent e) {
        String what = e.eventType() + " " + e.eventId();
        Offer offer = offers.findById(e.offerId());
        if (offer == null) {
            throw PoisonMessage.implausible(what + " names unknown offer " + e.offerId());
        }
        if (!offer.regionId.equals(e.regionId()) || !offer.ownerMemberId.equals(e.providerMemberId())) {
            throw PoisonMessage.implausible(what + " names offer " + e.offerId()
                    + " with another region or provider than the offer's");
        }
        Member member = members.findById(e.consumerMemberId());
        if (member != null && !member.regionId.equals(e.regionId())) {
            throw PoisonMessage.implausible(what + " names member " + e.consumerMemberId() + " of another region");
        }
    }

    @Override
    protected void apply(DemandEvent e) {
        radar.offerNotAvailable("WaitlistJoined".equals(e.eventType()) ? UnmetDemand.Kind.WAITLIST : UnmetDemand.Kind.REFUSAL,
                e.regionId(), e.consumerMemberId(), e.category(), e.sector(), e.offerId(), e.start(), e.end(), e.reason());
    }
}
