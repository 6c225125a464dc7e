package de.dienstleistungspool.pool.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records unmet needs for the shortage radar, each in one insert that also works out its month and distance, and
 * counts them per category, sector and month. A need seen again (same kind, member, what, offer and period) counts once.
 */
@ApplicationScoped
public class UnmetDemandRepository implements PanacheRepositoryBase<UnmetDemand, UUID> {

    private static final String MONTH = "date_trunc('month', cast(:start as timestamptz) at time zone 'Europe/Berlin')::date";

    /** What a search asked for that nothing free matched. */
    public record Search(UUID regionId, UUID memberId, String category, String sector, Instant start, Instant end,
                         double latitude, double longitude) {
    }

    /** A refused request or waiting-list entry for an offer, as booking-service reported it. */
    public record ForOffer(UnmetDemand.Kind kind, UUID regionId, UUID memberId, String category, String sector,
                           UUID offerId, Instant start, Instant end, String reason) {
    }

    /** Records a search without a free offer; the distance is to the nearest offer of what it asked for. */
    public void recordSearch(Search s) {
        getEntityManager().createNativeQuery("""
                insert into unmet_demand (id, kind, region_id, member_id, category, sector, start_at, end_at, month,
                                          distance_km, recorded_at)
                values (:id, 'SEARCH', :region, :member, :category, nullif(:sector, ''), :start, :end, %s,
                        (select round(cast(min(earth_distance(ll_to_earth(o.latitude, o.longitude), ll_to_earth(:lat, :lon)))
                                / 1000 as numeric), 2)
                         from offer o where o.region_id = :region and o.category = :category and o.status <> 'RETIRED'
                           and (:sector = '' or :sector = any (o.sectors))),
                        now())
                on conflict do nothing
                """.formatted(MONTH))
                .setParameter("id", UUID.randomUUID()).setParameter("region", s.regionId())
                .setParameter("member", s.memberId()).setParameter("category", s.category())
                .setParameter("sector", s.sector() == null ? "" : s.sector()).setParameter("start", s.start())
                .setParameter("end", s.end()).setParameter("lat", s.latitude()).setParameter("lon", s.longitude())
                .executeUpdate();
    }

    /** Records a refusal or waiting-list entry; the distance is from the member's main depot to the offer. */
    public void recordForOffer(ForOffer f) {
        getEntityManager().createNativeQuery("""
                insert into unmet_demand (id, kind, region_id, member_id, category, sector, offer_id, start_at, end_at,
                                          month, distance_km, reason, recorded_at)
                values (:id, :kind, :region, :member, :category, nullif(:sector, ''), :offer, :start, :end, %s,
                        (select round(cast(earth_distance(ll_to_earth(o.latitude, o.longitude),
                                                          ll_to_earth(d.latitude, d.longitude)) / 1000 as numeric), 2)
                         from offer o, lateral (select latitude, longitude from member_depot where member_id = :member
                                                order by name, depot_id limit 1) d
                         where o.id = :offer),
                        nullif(:reason, ''), now())
                on conflict do nothing
                """.formatted(MONTH))
                .setParameter("id", UUID.randomUUID()).setParameter("kind", f.kind().name())
                .setParameter("region", f.regionId()).setParameter("member", f.memberId())
                .setParameter("category", f.category()).setParameter("sector", f.sector() == null ? "" : f.sector())
                .setParameter("offer", f.offerId()).setParameter("start", f.start()).setParameter("end", f.end())
                .setParameter("reason", f.reason() == null ? "" : f.reason())
                .executeUpdate();
    }

    /** The needs of one category, sector (null: searches that named none) and month. */
    public record MonthCount(String category, String sector, int month, long searches, long refusals, long waitlist,
                             long members, BigDecimal meanDistanceKm) {
    }

    /** The region's unmet needs of one year per category, sector and month (Europe/Berlin), sorted so. */
    public List<MonthCount> monthly(UUID regionId, int year) {
        List<MonthCount> rows = new ArrayList<>();
        for (Object o : getEntityManager().createNativeQuery("""
                select category, sector, cast(extract(month from month) as int),
                       count(*) filter (where kind = 'SEARCH'), count(*) filter (where kind = 'REFUSAL'),
                       count(*) filter (where kind = 'WAITLIST'), count(distinct member_id),
                       round(avg(distance_km), 1)
                from unmet_demand
                where region_id = :region and month >= make_date(:year, 1, 1) and month < make_date(:year + 1, 1, 1)
                group by 1, 2, 3
                order by 1, 2 nulls first, 3
                """).setParameter("region", regionId).setParameter("year", year).getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new MonthCount((String) r[0], (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), (BigDecimal) r[7]));
        }
        return rows;
    }

    /** Deletes the needs of months before {@code firstKept}; returns how many. */
    public long deleteBefore(LocalDate firstKept) {
        return delete("month < ?1", firstKept);
    }
}
