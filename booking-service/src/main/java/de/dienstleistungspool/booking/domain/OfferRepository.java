package de.dienstleistungspool.booking.domain;

import de.dienstleistungspool.platform.jdbc.TransactionalJdbc;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the offer projection and keeps it current from {@code pool-events} snapshots.
 */
@Singleton
public class OfferRepository implements PanacheRepositoryBase<Offer, UUID> {

    @Inject
    TransactionalJdbc jdbc;

    /** An offer together with whether a given member or the offer's owner has left the pool. */
    public record Bookable(Offer offer, boolean memberLeft, boolean ownerLeft) {
    }

    /**
     * The offer and the pool membership of both sides, in one round trip (which also carries any statement deferred
     * by the transaction, e.g. the Idempotency-Key claim) and without an entity load; empty if the offer is unknown.
     * The offer's {@code snapshotAt} stays unset: a booking does not need it, and reading a timestamp costs the driver
     * a calendar per result set.
     */
    public Optional<Bookable> findBookable(UUID offerId, UUID memberId) {
        return jdbc.run(BOOKABLE, (s, from) -> {
            s.setObject(from, memberId);
            s.setObject(from + 1, offerId);
            return from + 2;
        }, s -> {
            try (ResultSet r = s.getResultSet()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Offer o = new Offer();
                o.id = r.getObject(1, UUID.class);
                o.ownerMemberId = r.getObject(2, UUID.class);
                o.regionId = r.getObject(3, UUID.class);
                o.kind = OfferKind.valueOf(r.getString(4));
                o.category = r.getString(5);
                o.title = r.getString(6);
                o.sectors = List.of((String[]) r.getArray(7).getArray());
                o.unit = QuantityUnit.valueOf(r.getString(8));
                o.bufferMinutes = r.getInt(9);
                o.settlementModes = List.of((String[]) r.getArray(10).getArray());
                o.autoConfirm = r.getBoolean(11);
                o.status = r.getString(12);
                return Optional.of(new Bookable(o, r.getBoolean(13), r.getBoolean(14)));
            }
        });
    }

    private static final String BOOKABLE = """
            select o.offer_id, o.owner_member_id, o.region_id, o.kind, o.category, o.title, o.sectors, o.unit,
                   o.buffer_minutes, o.settlement_modes, o.auto_confirm, o.status,
                   exists (select 1 from member m where m.member_id = ? and m.status = 'LEFT'),
                   exists (select 1 from member m where m.member_id = o.owner_member_id and m.status = 'LEFT')
              from offer o where o.offer_id = ?
            """;

    /**
     * Upserts a full snapshot; an older snapshot than the one held is ignored. The upsert takes the offer row's
     * exclusive lock, so it waits for (and is waited for by) booking inserts that hold the row FOR SHARE.
     */
    public void upsert(Offer o) {
        getEntityManager().createNativeQuery("""
                insert into offer (offer_id, owner_member_id, region_id, kind, category, title, sectors, unit,
                                   buffer_minutes, settlement_modes, auto_confirm, status, snapshot_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as text[]), ?8, ?9, cast(?10 as text[]), ?11, ?12, ?13)
                on conflict (offer_id) do update set
                    owner_member_id = excluded.owner_member_id, region_id = excluded.region_id, kind = excluded.kind,
                    category = excluded.category, title = excluded.title, sectors = excluded.sectors,
                    unit = excluded.unit, buffer_minutes = excluded.buffer_minutes,
                    settlement_modes = excluded.settlement_modes, auto_confirm = excluded.auto_confirm,
                    status = excluded.status, snapshot_at = excluded.snapshot_at
                where offer.snapshot_at <= excluded.snapshot_at
                """)
                .setParameter(1, o.id)
                .setParameter(2, o.ownerMemberId)
                .setParameter(3, o.regionId)
                .setParameter(4, o.kind.name())
                .setParameter(5, o.category)
                .setParameter(6, o.title)
                .setParameter(7, arrayLiteral(o.sectors))
                .setParameter(8, o.unit.name())
                .setParameter(9, o.bufferMinutes)
                .setParameter(10, arrayLiteral(o.settlementModes))
                .setParameter(11, o.autoConfirm)
                .setParameter(12, o.status)
                .setParameter(13, Instants.utc(o.snapshotAt))
                .executeUpdate();
    }

    /** Locks the offer row exclusively (a blackout change waits for bookings being inserted, and they for it). */
    public boolean lockExclusively(UUID offerId) {
        return !getEntityManager().createNativeQuery("select 1 from offer where offer_id = ?1 for update")
                .setParameter(1, offerId).getResultList().isEmpty();
    }

    /** Locks the offer row in share mode, as the booking insert trigger does, and reports whether it exists. */
    public boolean lockShared(UUID offerId) {
        return !getEntityManager().createNativeQuery("select 1 from offer where offer_id = ?1 for share")
                .setParameter(1, offerId).getResultList().isEmpty();
    }

    private static String arrayLiteral(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }
}
