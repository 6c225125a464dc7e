package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.domain.Offer;
import de.dienstleistungspool.notification.domain.OfferRepository;
import de.dienstleistungspool.notification.domain.PoolChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Forwards a change of an offer or of its blackouts to the webhook endpoints of the offer's owner (and nobody else)
 * that subscribed to its type, and says when such an event contradicts the offer as this service knows it.
 */
@ApplicationScoped
public class PoolChangeWebhooks {

    @Inject
    OfferRepository offers;

    @Inject
    WebhookDeliveries deliveries;

    /**
     * Why the event cannot be about the offer it names, if it cannot: an offer never changes its owner, and a blackout
     * belongs to an offer announced before it on the same partition.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> contradiction(PoolChange change, UUID offerId, UUID ownerMemberId) {
        Offer known = offers.findById(offerId);
        if (known == null) {
            return change.name().startsWith("Blackout")
                    ? Optional.of(change + " for offer " + offerId + ", which was never announced")
                    : Optional.empty();
        }
        if (!known.ownerMemberId.equals(ownerMemberId)) {
            return Optional.of(change + " names member " + ownerMemberId + " as owner of offer " + offerId
                    + ", which belongs to member " + known.ownerMemberId);
        }
        return Optional.empty();
    }

    /** Queues the event, exactly as published, for the owner's active endpoints subscribed to its type. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forward(UUID eventId, PoolChange change, UUID ownerMemberId, String message) {
        return deliveries.enqueue(eventId, change.name(), message, ownerMemberId);
    }
}
