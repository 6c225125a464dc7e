package de.dienstleistungspool.booking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;
import org.hibernate.query.NativeQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the offer projection and keeps it current from {@code pool-events} snapshots.
 */
@Singleton
public class OfferRepository implements PanacheRepositoryBase<Offer, UUID> {

    /** An offer together with whether a given member or the offer's owner has left the pool. */
    public record Bookable(Offer offer, boolean memberLeft, boolean ownerLeft, boolean regionDeactivated) {
    }

    /** The offer, the pool membership of both sides and whether its region is deactivated, in one query; empty if the offer is unknown. */
    public Optional<Bookable> findBookable(UUID offerId, UUID memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select o.*,
                               exists (select 1 from member m where m.member_id = ?1 and m.status = 'LEFT') as member_left,
                               exists (select 1 from member m where m.member_id = o.owner_member_id and m.status = 'LEFT')
                                   as owner_left,
                               exists (select 1 from deactivated_region d where d.region_id = o.region_id)
                                   as region_deactivated
                          from offer o where o.offer_id = ?2
                        """)
                .unwrap(NativeQuery.class)
                .addEntity("o", Offer.class)
                .addScalar("member_left", Boolean.class)
                .addScalar("owner_left", Boolean.class)
                .addScalar("region_deactivated", Boolean.class)
                .setReadOnly(true) // a booking reads the offer; only pool-events change it
                .setParameter(1, memberId)
                .setParameter(2, offerId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Bookable((Offer) r[0], (Boolean) r[1], (Boolean) r[2], (Boolean) r[3]));
    }

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

    /**
     * Stores what the snapshot says about dispatching (place, emergency use, on-call contact, person, capacity per day) if this snapshot
     * is the one held, i.e. {@link #upsert} did not ignore it as older.
     */
    public void updateDispatchFacts(Offer o) {
        getEntityManager().createNativeQuery("""
                update offer set latitude = cast(?2 as double precision), longitude = cast(?3 as double precision),
                       emergency_use = ?4, on_call_name = cast(?5 as text), on_call_email = cast(?6 as text),
                       on_call_phone = cast(?7 as text), person_id = cast(?8 as uuid), person_name = cast(?9 as text),
                       weekly_minutes = cast(cast(?11 as text) as int4multirange),
                       capacity_per_day = cast(cast(?12 as text) as numeric)
                 where offer_id = ?1 and snapshot_at = ?10
                """)
                .setParameter(1, o.id)
                .setParameter(2, o.latitude == null ? null : o.latitude.toString())
                .setParameter(3, o.longitude == null ? null : o.longitude.toString())
                .setParameter(4, o.emergencyUse)
                .setParameter(5, o.onCallName)
                .setParameter(6, o.onCallEmail)
                .setParameter(7, o.onCallPhone)
                .setParameter(8, o.personId == null ? null : o.personId.toString())
                .setParameter(9, o.personName)
                .setParameter(10, Instants.utc(o.snapshotAt))
                .setParameter(11, o.weeklyMinutes)
                .setParameter(12, o.capacityPerDay == null ? null : o.capacityPerDay.toPlainString())
                .executeUpdate();
    }

    /**
     * Whether [start, end) starts and ends within the offer's bookable hours (SQL {@code within_bookable_time}, the
     * rule the insert guard holds); for checks that are not an insert: an extension, a waitlist entry.
     */
    public boolean withinBookableHours(UUID offerId, Instant start, Instant end) {
        return (Boolean) getEntityManager().createNativeQuery("""
                select within_bookable_time(weekly_minutes, tstzrange(?2, ?3)) from offer where offer_id = ?1
                """).setParameter(1, offerId).setParameter(2, Instants.utc(start)).setParameter(3, Instants.utc(end))
                .getSingleResult();
    }

    /**
     * The region's active service offers of the category that serve the sector and state a capacity per day, whose
     * owner is still in the pool, by id (the vehicles a flushing campaign can plan with).
     */
    @SuppressWarnings("unchecked")
    public List<Offer> capacityOffers(UUID regionId, String category, Sector sector) {
        return getEntityManager().createNativeQuery("""
                select o.* from offer o
                 where o.region_id = ?1 and o.category = ?2 and ?3 = any (o.sectors) and o.kind = 'SERVICE'
                   and o.status = 'ACTIVE' and o.capacity_per_day is not null
                   and not exists (select 1 from member m where m.member_id = o.owner_member_id and m.status = 'LEFT')
                 order by o.offer_id
                """, Offer.class)
                .setParameter(1, regionId)
                .setParameter(2, category)
                .setParameter(3, sector.name())
                .getResultList();
    }

    private static String arrayLiteral(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }
}
