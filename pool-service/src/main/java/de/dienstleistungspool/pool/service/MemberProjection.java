package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.pool.domain.CalendarSecretRepository;
import de.dienstleistungspool.pool.domain.Depot;
import de.dienstleistungspool.pool.domain.DepotRepository;
import de.dienstleistungspool.pool.domain.Member;
import de.dienstleistungspool.pool.domain.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Applies member snapshots to the local projection; a member that leaves has its offers retired. */
@ApplicationScoped
public class MemberProjection {

    private static final Logger LOG = Logger.getLogger(MemberProjection.class);

    @Inject
    CalendarSecretRepository calendarSecrets;

    @Inject
    MemberRepository members;

    @Inject
    DepotRepository depots;

    @Inject
    OfferLifecycleService lifecycle;

    /** A member as carried by MemberJoined, MemberChanged and MemberLeft. */
    public record Snapshot(UUID memberId, UUID regionId, String name, String status, Instant occurredAt,
                           List<DepotSnapshot> depots) {
    }

    /** One depot of a member snapshot. */
    public record DepotSnapshot(UUID depotId, String name, double latitude, double longitude) {
    }

    /** Applies the snapshot unless a newer one was applied already; returns whether it was applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(Snapshot s) {
        Member member = members.lock(s.memberId()).orElse(null);
        if (member != null && !s.occurredAt().isAfter(member.lastEventAt)) {
            return false;
        }
        boolean leaving = "LEFT".equals(s.status()) && (member == null || !"LEFT".equals(member.status));
        boolean fresh = member == null;
        if (fresh) {
            member = new Member();
            member.memberId = s.memberId();
        }
        member.regionId = s.regionId();
        member.name = s.name();
        member.status = "LEFT".equals(s.status()) ? "LEFT" : "ACTIVE";
        member.lastEventAt = s.occurredAt();
        if (fresh) {
            members.persist(member);
        }
        depots.replaceAll(s.memberId(), s.depots().stream()
                .filter(d -> Math.abs(d.latitude()) <= 90 && Math.abs(d.longitude()) <= 180)
                .map(d -> depot(s.memberId(), d)).toList());
        if (leaving) {
            int retired = lifecycle.retireAllOf(s.memberId());
            // the feed URLs in calendar programs carry the secret; a member that left may no longer read them
            boolean feedClosed = calendarSecrets.deleteById(s.memberId());
            LOG.infof("Member %s left; retired %d offer(s)%s", s.memberId(), retired, feedClosed ? ", calendar feed secret deleted" : "");
        }
        return true;
    }

    private static Depot depot(UUID memberId, DepotSnapshot d) {
        Depot depot = new Depot();
        depot.depotId = d.depotId();
        depot.memberId = memberId;
        depot.name = d.name();
        depot.latitude = d.latitude();
        depot.longitude = d.longitude();
        return depot;
    }
}
