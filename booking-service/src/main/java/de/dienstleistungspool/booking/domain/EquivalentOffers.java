package de.dienstleistungspool.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Finds offers equivalent to a need (same region, category and sector, a settlement mode it accepts, bookable hours
 * that hold the period's start and end) in this service's
 * own offer projection and bookings, nearest first: the free ones for a period (re-dispatch after a withdrawal, emergency
 * requests) and, when none is free, the ones that become free soonest.
 */
@ApplicationScoped
public class EquivalentOffers {

    @Inject
    EntityManager em;

    /**
     * What is needed; {@code latitude}/{@code longitude} is the point distances are measured from (may be null),
     * {@code excludeOffer} an offer not to propose (the withdrawn one), {@code emergencyOnly} restricts to offers whose
     * owner allows emergency use.
     */
    public record Need(UUID regionId, String category, Sector sector, SettlementMode settlementMode, UUID requester,
                       Instant start, Instant end, Double latitude, Double longitude, UUID excludeOffer,
                       boolean emergencyOnly) {
    }

    /** An equivalent offer, its distance in km (null without coordinates) and, for busy ones, when it becomes free. */
    public record Candidate(UUID offerId, String title, UUID ownerMemberId, BigDecimal distanceKm, Instant freeFrom) {
    }

    private static final String CANDIDATES = """
            from offer o
            where o.region_id = :region and o.category = :category and o.sectors @> array[cast(:sector as text)]
              and o.status = 'ACTIVE' and cast(:mode as text) = any(o.settlement_modes)
              and o.offer_id <> :exclude and o.owner_member_id <> :requester
              and (not :emergencyOnly or o.emergency_use)
              and within_bookable_time(o.weekly_minutes, tstzrange(:start, :end))
              and not exists (select 1 from member m where m.member_id = o.owner_member_id and m.status = 'LEFT')
            """;

    private static final String BUSY = """
            exists (select 1 from booking b where b.offer_id = o.offer_id
                       and b.status in ('HELD', 'REQUESTED', 'CONFIRMED', 'IN_USE')
                       and b.occupied && tstzrange(:start, plus_minutes(:end, o.buffer_minutes)))
            or exists (select 1 from blackout x where x.offer_id = o.offer_id
                       and x.period && tstzrange(:start, plus_minutes(:end, o.buffer_minutes)))
            or (o.person_id is not null and exists (select 1 from booking p
                       where p.provider_member_id = o.owner_member_id and p.person_id = o.person_id
                       and p.status in ('HELD', 'REQUESTED', 'CONFIRMED', 'IN_USE')
                       and p.occupied && tstzrange(:start, plus_minutes(:end, o.buffer_minutes))))
            """;

    private static final String DISTANCE = "round(cast(distance_km(cast(:lat as double precision), cast(:lon as double precision), o.latitude, o.longitude) as numeric), 1)";

    /** The free equivalent offers for the whole period, nearest first. */
    public List<Candidate> free(Need need, int limit) {
        return run("select o.offer_id, o.title, o.owner_member_id, " + DISTANCE + " as km, cast(null as timestamptz) "
                + CANDIDATES + " and not (" + BUSY + ") order by km nulls last, o.offer_id limit :limit", need, limit);
    }

    /**
     * The busy equivalent offers, by when their current bookings or blackouts within the period end (the soonest
     * first), then by distance.
     */
    public List<Candidate> soonestFree(Need need, int limit) {
        return run("""
                select * from (select o.offer_id, o.title, o.owner_member_id, %s as km,
                    greatest((select max(upper(b.occupied)) from booking b where b.offer_id = o.offer_id
                                and b.status in ('HELD', 'REQUESTED', 'CONFIRMED', 'IN_USE')
                                and b.occupied && tstzrange(:start, plus_minutes(:end, o.buffer_minutes))),
                             (select max(upper(x.period)) from blackout x where x.offer_id = o.offer_id
                                and x.period && tstzrange(:start, plus_minutes(:end, o.buffer_minutes)))) as free_from
                %s) c where free_from is not null order by free_from, km nulls last, offer_id limit :limit
                """.formatted(DISTANCE, CANDIDATES), need, limit);
    }

    private List<Candidate> run(String sql, Need need, int limit) {
        List<Candidate> found = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter("region", need.regionId())
                .setParameter("category", need.category())
                .setParameter("sector", need.sector().name())
                .setParameter("mode", need.settlementMode().name())
                .setParameter("exclude", need.excludeOffer() == null ? new UUID(0, 0) : need.excludeOffer())
                .setParameter("requester", need.requester())
                .setParameter("emergencyOnly", need.emergencyOnly())
                .setParameter("start", Instants.utc(need.start()))
                .setParameter("end", Instants.utc(need.end()))
                .setParameter("lat", need.latitude())
                .setParameter("lon", need.longitude())
                .setParameter("limit", limit)
                .getResultList();
        for (Object[] r : rows) {
            BigDecimal km = r[3] == null ? null : new BigDecimal(r[3].toString()).setScale(1, RoundingMode.HALF_UP);
            found.add(new Candidate((UUID) r[0], (String) r[1], (UUID) r[2], km, Instants.of(r[4])));
        }
        return found;
    }
}
