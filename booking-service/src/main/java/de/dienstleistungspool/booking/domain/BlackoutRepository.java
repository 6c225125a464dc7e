package de.dienstleistungspool.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Stores blackouts in the {@code blackout} table; inserts lock the offer row first (trigger), which makes the
 * booking trigger's blackout check race-free.
 */
@ApplicationScoped
public class BlackoutRepository {

    @Inject
    EntityManager em;

    public void add(Blackout b) {
        em.createNativeQuery("""
                insert into blackout (blackout_id, offer_id, period, reason)
                values (?1, ?2, tstzrange(?3, ?4), ?5)
                on conflict (blackout_id) do update set period = excluded.period, reason = excluded.reason
                """)
                .setParameter(1, b.blackoutId())
                .setParameter(2, b.offerId())
                .setParameter(3, Instants.utc(b.start()))
                .setParameter(4, Instants.utc(b.end()))
                .setParameter(5, b.reason())
                .executeUpdate();
    }

    public void remove(UUID blackoutId) {
        em.createNativeQuery("delete from blackout where blackout_id = ?1").setParameter(1, blackoutId).executeUpdate();
    }

    /** The blackouts of an offer that overlap any of the given periods ({@code [start, end)} pairs). */
    public List<Instant[]> overlapping(UUID offerId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select lower(period), upper(period) from blackout
                 where offer_id = ?1 and period && tstzrange(?2, ?3) order by lower(period)
                """)
                .setParameter(1, offerId)
                .setParameter(2, Instants.utc(from))
                .setParameter(3, Instants.utc(to))
                .getResultList();
        return rows.stream().map(r -> new Instant[] {Instants.of(r[0]), Instants.of(r[1])}).toList();
    }
}
