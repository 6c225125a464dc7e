package de.dienstleistungspool.pool.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Applies booking states to the busy-period projection and reads which bookings occupy an offer when. */
@ApplicationScoped
public class BusyPeriodRepository implements PanacheRepositoryBase<BusyPeriod, UUID> {

    /** One booking state as carried by a booking event. */
    public record BookingState(UUID bookingId, UUID offerId, UUID regionId, UUID providerMemberId,
                               UUID consumerMemberId, String status, Instant start, Instant end, int bufferMinutes,
                               String offerTitle, String site, Instant occurredAt, UUID eventId) {
    }

    /**
     * Upserts the state unless a later one is already known: terminal beats non-terminal, then the later
     * occurredAt, then the later lifecycle stage. Returns whether the row changed.
     */
    public boolean apply(BookingState s) {
        String sql = """
                insert into busy_period as b (booking_id, offer_id, region_id, provider_member_id, consumer_member_id,
                    status, status_rank, terminal, start_at, end_at, buffer_minutes, occupied_until, offer_title, site,
                    occurred_at, event_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
                on conflict (booking_id) do update set offer_id = excluded.offer_id, region_id = excluded.region_id,
                    provider_member_id = excluded.provider_member_id, consumer_member_id = excluded.consumer_member_id,
                    status = excluded.status, status_rank = excluded.status_rank, terminal = excluded.terminal,
                    start_at = excluded.start_at, end_at = excluded.end_at, buffer_minutes = excluded.buffer_minutes,
                    occupied_until = excluded.occupied_until, offer_title = excluded.offer_title, site = excluded.site,
                    occurred_at = excluded.occurred_at, event_id = excluded.event_id
                where (b.terminal, b.occurred_at, b.status_rank) < (excluded.terminal, excluded.occurred_at, excluded.status_rank)
                """;
        return getEntityManager().createNativeQuery(sql)
                .setParameter(1, s.bookingId()).setParameter(2, s.offerId()).setParameter(3, s.regionId())
                .setParameter(4, s.providerMemberId()).setParameter(5, s.consumerMemberId())
                .setParameter(6, s.status()).setParameter(7, (short) BusyPeriod.rank(s.status()))
                .setParameter(8, BusyPeriod.TERMINAL.contains(s.status()))
                .setParameter(9, s.start()).setParameter(10, s.end()).setParameter(11, s.bufferMinutes())
                .setParameter(12, s.end().plusSeconds(60L * s.bufferMinutes()))
                .setParameter(13, s.offerTitle()).setParameter(14, s.site())
                .setParameter(15, s.occurredAt()).setParameter(16, s.eventId())
                .executeUpdate() == 1;
    }

    /** Bookings that occupy one of the offers at some point of [from, to), buffer included. */
    public List<BusyPeriod> blocking(Collection<UUID> offerIds, Instant from, Instant to) {
        return offerIds.isEmpty() ? List.of() : list(
                "offerId in ?1 and status in ?2 and start < ?4 and occupiedUntil > ?3",
                Sort.by("start"), offerIds, BusyPeriod.BLOCKING, from, to);
    }

    /** Bookings of the offer still to come or running (not final) that end after the given instant. */
    public List<BusyPeriod> openAfter(UUID offerId, Instant now) {
        return list("offerId = ?1 and status in ('REQUESTED', 'CONFIRMED', 'IN_USE') and occupiedUntil > ?2",
                Sort.by("start"), offerId, now);
    }

    public Instant latestOccurredAt() {
        return getEntityManager().createQuery("select max(b.occurredAt) from BusyPeriod b", Instant.class)
                .getSingleResult();
    }
}
