package de.dienstleistungspool.municipality.messaging;

import de.dienstleistungspool.municipality.domain.Depot;
import de.dienstleistungspool.municipality.domain.Member;
import de.dienstleistungspool.municipality.domain.Rate;
import de.dienstleistungspool.municipality.domain.SettlementTerms;
import de.dienstleistungspool.municipality.messaging.events.BillingDetailsChanged;
import de.dienstleistungspool.municipality.messaging.events.CredentialRevoked;
import de.dienstleistungspool.municipality.messaging.events.MemberSnapshotEvent;
import de.dienstleistungspool.municipality.messaging.events.RatesMissing;
import de.dienstleistungspool.municipality.messaging.events.RatesPublished;
import de.dienstleistungspool.municipality.messaging.events.RegionDeactivated;
import de.dienstleistungspool.municipality.messaging.events.UserChanged;
import de.dienstleistungspool.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Writes the {@code member-events} of docs/EVENTS.md into the outbox, in the transaction of the change they describe
 * (topic and keys: {@link de.dienstleistungspool.municipality.messaging.events.MemberTopicEvent}).
 */
@ApplicationScoped
public class MemberEvents {

    @Inject
    Outbox outbox;

    /** {@code MemberJoined}, {@code MemberChanged} or {@code MemberLeft} with the member's full snapshot. */
    public void memberSnapshot(String eventType, Member m, List<Depot> depots) {
        var event = new MemberSnapshotEvent(UUID.randomUUID(), eventType, Instant.now(), m.id, m.regionId, m.name, m.kind.name(),
                Arrays.asList(m.sectors), m.status.name(), m.leitwegId, m.contactEmail, m.contactPhone,
                new MemberSnapshotEvent.Address(m.street, m.postalCode, m.city),
                depots.stream().map(d -> new MemberSnapshotEvent.DepotSnapshot(d.id, d.name, d.latitude, d.longitude)).toList());
        outbox.publish(event);
    }

    public void userChanged(UUID memberId, UUID userId, String name, String email, List<String> roles, boolean active) {
        outbox.publish(new UserChanged(UUID.randomUUID(), "UserChanged", Instant.now(), memberId, userId, name, email, roles, active));
    }

    /**
     * The subject's tokens issued up to {@code at} are refused from now on; {@code kind} is {@code API_CLIENT},
     * {@code USER} (deactivated) or {@code USER_ROLES_CHANGED} (a new token carries the new roles).
     */
    public void credentialRevoked(UUID memberId, String subject, String kind, Instant at) {
        outbox.publish(new CredentialRevoked(UUID.randomUUID(), "CredentialRevoked", at, memberId, subject, kind));
    }

    /**
     * A signing key withdrawn in an emergency rotation, announced like a revoked credential (kind
     * {@code SIGNING_KEY}, subject {@code signing-key:<kid>}, no member) so every service refuses its tokens.
     */
    public void signingKeyWithdrawn(String subject, Instant at) {
        outbox.publish(new CredentialRevoked(UUID.randomUUID(), "CredentialRevoked", at, null, subject, "SIGNING_KEY"));
    }

    public void ratesPublished(UUID regionId, int year, List<Rate> rates, SettlementTerms terms) {
        var lines = rates.stream()
                .map(r -> new RatesPublished.RateLine(r.sector.name(), r.category, r.unit.name(), r.amount, r.currency))
                .toList();
        var t = terms == null ? null : new RatesPublished.Terms(terms.toleranceHours, terms.remainder.name());
        outbox.publish(new RatesPublished(UUID.randomUUID(), "RatesPublished", Instant.now(), regionId, year, lines, t));
    }

    /** {@code RegionDeactivated}: the region admits no members and takes no new bookings from now on. */
    public void regionDeactivated(UUID regionId, String name, Instant at) {
        outbox.publish(new RegionDeactivated(UUID.randomUUID(), "RegionDeactivated", at, regionId, name));
    }

    /** {@code RatesMissing}: a booking was made for a year without published rates of its region. */
    public void ratesMissing(UUID regionId, int year, UUID bookingId, UUID providerMemberId, UUID consumerMemberId,
                             String sector, String category, Instant start, Instant end, String coordinatorEmail) {
        outbox.publish(new RatesMissing(UUID.randomUUID(), "RatesMissing", Instant.now(), regionId, year, bookingId,
                providerMemberId, consumerMemberId, sector, category, start, end, coordinatorEmail));
    }

    /** {@code BillingDetailsChanged}: the member's accounting is told (by notification-service) that they changed. */
    public void billingDetailsChanged(UUID memberId, UUID regionId, List<String> changedFields, String ibanLast4,
                                      String changedBy) {
        outbox.publish(new BillingDetailsChanged(UUID.randomUUID(), "BillingDetailsChanged", Instant.now(), memberId,
                regionId, changedFields, ibanLast4, changedBy));
    }
}
