package de.dienstleistungspool.notification.service;

import de.dienstleistungspool.notification.domain.Member;
import de.dienstleistungspool.notification.domain.MemberRepository;
import de.dienstleistungspool.notification.domain.SettlementChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Forwards settlement events to the webhook endpoints of the members they concern (a statement to its member, an
 * invoice to both parties, a year close to every member of the region) that subscribed to the type, and says when an
 * event names a region or member this service does not know, or a member of another region.
 */
@ApplicationScoped
public class SettlementWebhooks {

    @Inject
    MemberRepository members;

    @Inject
    WebhookDeliveries deliveries;

    /** Why the named members cannot receive the region's event, if they cannot; with no member, the region must be known. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> contradiction(SettlementChange change, UUID regionId, List<UUID> named) {
        if (named.isEmpty()) {
            return members.count("regionId", regionId) > 0 ? Optional.empty()
                    : Optional.of(change + " for region " + regionId + ", which has no member known here");
        }
        for (UUID id : named) {
            Member m = members.findById(id);
            if (m == null) {
                return Optional.of(change + " names member " + id + ", which is unknown");
            }
            if (!regionId.equals(m.regionId)) {
                return Optional.of(change + " of region " + regionId + " names member " + id + " of region " + m.regionId);
            }
        }
        return Optional.empty();
    }

    /** Queues the event, exactly as published, for each member's active endpoints subscribed to its type. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forward(UUID eventId, SettlementChange change, List<UUID> recipients, String message) {
        int queued = 0;
        for (UUID member : recipients) {
            queued += deliveries.enqueue(eventId, change.name(), message, member);
        }
        return queued;
    }

    /** Every member of the region still in it (a member that left no longer hears of its region's closes). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> membersOf(UUID regionId) {
        return members.list("regionId = ?1 and (status is null or status <> 'LEFT') order by memberId", regionId).stream()
                .map(m -> m.memberId).toList();
    }
}
