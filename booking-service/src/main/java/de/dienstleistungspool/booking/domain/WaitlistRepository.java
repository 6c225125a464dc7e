package de.dienstleistungspool.booking.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores waitlist entries and hands out the next waiting one of an offer, locked, in queue order.
 */
@ApplicationScoped
public class WaitlistRepository implements PanacheRepositoryBase<WaitlistEntry, UUID> {

    /**
     * The first entry of the offer after {@code afterSeq} that still waits for a period overlapping {@code [from, to)}, locked until commit.
     * A concurrent hand-over of the same offer waits here for this transaction and then sees the entry as taken.
     */
    @SuppressWarnings("unchecked")
    public Optional<WaitlistEntry> lockNextWaiting(UUID offerId, Instant from, Instant to, long afterSeq) {
        List<WaitlistEntry> found = getEntityManager().createNativeQuery("""
                select * from waitlist_entry where offer_id = ?1 and status = 'WAITING' and seq > ?2
                   and start_at < ?4 and end_at > ?3
                 order by seq limit 1 for update
                """, WaitlistEntry.class)
                .setParameter(1, offerId)
                .setParameter(2, afterSeq)
                .setParameter(3, Instants.utc(from))
                .setParameter(4, Instants.utc(to))
                .getResultList();
        return found.stream().findFirst();
    }

    /** The entry whose held slot is the given booking, if any. */
    public Optional<WaitlistEntry> ofBooking(UUID bookingId) {
        return find("bookingId", bookingId).firstResultOptional();
    }

    /** A member's entries, newest first. */
    public PanacheQuery<WaitlistEntry> ofMember(UUID memberId) {
        return find("memberId = ?1 order by createdAt desc, id", memberId);
    }
}
