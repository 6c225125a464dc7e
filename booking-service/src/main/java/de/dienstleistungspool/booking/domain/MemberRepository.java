package de.dienstleistungspool.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/**
 * Which members have left the pool and which regions were deactivated, as known from {@code member-events}; a member
 * that left cannot book, nor can anyone in a deactivated region.
 */
@ApplicationScoped
public class MemberRepository {

    @Inject
    EntityManager em;

    /** Records a member's status from a snapshot; an older snapshot than the one held is ignored. */
    public void record(UUID memberId, UUID regionId, String status, Instant at) {
        em.createNativeQuery("""
                insert into member (member_id, region_id, status, changed_at) values (?1, ?2, ?3, ?4)
                on conflict (member_id) do update set region_id = excluded.region_id, status = excluded.status,
                    changed_at = excluded.changed_at
                where member.changed_at <= excluded.changed_at
                """)
                .setParameter(1, memberId)
                .setParameter(2, regionId)
                .setParameter(3, status)
                .setParameter(4, Instants.utc(at))
                .executeUpdate();
    }

    /** Records that a region was deactivated (idempotent: the first moment stays). */
    public void recordRegionDeactivated(UUID regionId, Instant at) {
        em.createNativeQuery("insert into deactivated_region (region_id, deactivated_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, regionId).setParameter(2, Instants.utc(at)).executeUpdate();
    }

    /** Whether the region was deactivated (it takes no new bookings). */
    public boolean regionDeactivated(UUID regionId) {
        return !em.createNativeQuery("select 1 from deactivated_region where region_id = ?1")
                .setParameter(1, regionId).getResultList().isEmpty();
    }

    /** Whether the member has left the pool (it can no longer book). */
    public boolean hasLeft(UUID memberId) {
        return !em.createNativeQuery("select 1 from member where member_id = ?1 and status = 'LEFT'")
                .setParameter(1, memberId).getResultList().isEmpty();
    }
}
