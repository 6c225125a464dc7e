package de.dienstleistungspool.pool.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The region-wide search for free offers, as one SQL statement: distance and its order from the earthdistance
 * GiST index (KNN on {@code <->}), freedom from the GiST indexes on busy periods and blackouts.
 */
@ApplicationScoped
public class OfferSearch {

    /**
     * The search as run by the service; public so the benchmark measures exactly the same statement raw. The
     * constant 7-day pre-filter (the longest buffer an offer may have) lets the planner narrow busy periods and
     * blackouts by the window through the GiST index before it checks each offer's own buffer.
     */
    public static final String FREE_OFFERS_SQL_HEAD = """
            select o.id, earth_distance(ll_to_earth(o.latitude, o.longitude), ll_to_earth(:lat, :lon)) as distance_m,
                   count(*) over () as total
            from offer o
            where o.region_id = :region and o.status = 'ACTIVE'
              and not exists (select 1 from busy_period b where b.offer_id = o.id and b.blocks
                  and b.period && tstzrange(cast(:from as timestamptz), cast(:to as timestamptz) + interval '7 days')
                  and b.period && tstzrange(cast(:from as timestamptz), cast(:to as timestamptz) + o.buffer_minutes * interval '1 minute'))
              and not exists (select 1 from blackout x where x.offer_id = o.id
                  and x.period && tstzrange(cast(:from as timestamptz), cast(:to as timestamptz) + interval '7 days')
                  and x.period && tstzrange(cast(:from as timestamptz), cast(:to as timestamptz) + o.buffer_minutes * interval '1 minute'))
              and (o.kind <> 'STAFF_STANDBY' or exists (select 1 from offer_window w where w.offer_id = o.id
                  and w.period @> tstzrange(cast(:from as timestamptz), cast(:to as timestamptz))))
              and (o.weekly_minutes is null
                   or within_bookable_time(o.weekly_minutes, tstzrange(cast(:from as timestamptz), cast(:to as timestamptz))))
            """;
    public static final String FREE_OFFERS_SQL_TAIL = """
            order by ll_to_earth(o.latitude, o.longitude) <-> ll_to_earth(:lat, :lon), o.id
            limit :limit offset :offset
            """;

    @Inject
    EntityManager em;

    /** What to look for; null criteria do not filter. */
    public record Criteria(UUID regionId, Instant from, Instant to, double latitude, double longitude,
                           OfferKind kind, String category, Sector sector, String qualification, Double radiusKm,
                           int page, int size) {
    }

    /** One free offer and how far its depot is from the search point. */
    public record Hit(UUID offerId, double distanceMetres) {
    }

    /** One page of hits and the number of all hits. */
    public record Result(List<Hit> hits, long total) {
    }

    public Result freeOffers(Criteria c) {
        StringBuilder sql = new StringBuilder(FREE_OFFERS_SQL_HEAD);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("region", c.regionId());
        params.put("lat", c.latitude());
        params.put("lon", c.longitude());
        params.put("from", c.from());
        params.put("to", c.to());
        if (c.kind() != null) {
            sql.append(" and o.kind = :kind");
            params.put("kind", c.kind().name());
        }
        if (c.category() != null) {
            sql.append(" and o.category = :category");
            params.put("category", c.category());
        }
        if (c.sector() != null) {
            sql.append(" and o.sectors @> array[cast(:sector as text)]");
            params.put("sector", c.sector().name());
        }
        if (c.qualification() != null) {
            sql.append(" and o.qualifications @> array[cast(:qualification as text)]");
            params.put("qualification", c.qualification());
        }
        if (c.radiusKm() != null) {
            sql.append(" and earth_box(ll_to_earth(:lat, :lon), :radius) @> ll_to_earth(o.latitude, o.longitude)")
               .append(" and earth_distance(ll_to_earth(o.latitude, o.longitude), ll_to_earth(:lat, :lon)) <= :radius");
            params.put("radius", c.radiusKm() * 1000.0);
        }
        sql.append('\n').append(FREE_OFFERS_SQL_TAIL);
        params.put("limit", c.size());
        params.put("offset", c.page() * c.size());
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Hit> hits = new ArrayList<>();
        long total = 0;
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            hits.add(new Hit((UUID) r[0], ((Number) r[1]).doubleValue()));
            total = ((Number) r[2]).longValue();
        }
        if (hits.isEmpty() && c.page() > 0) {
            total = countOnly(sql.toString(), params);
        }
        return new Result(hits, total);
    }

    private long countOnly(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery("select count(*) from (" + sql.replace(FREE_OFFERS_SQL_TAIL, "") + ") s");
        params.forEach((k, v) -> {
            if (!k.equals("limit") && !k.equals("offset")) {
                query.setParameter(k, v);
            }
        });
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The free periods of one offer within [from, to): its bookable base (the window within the offer's bookable
     * hours, for staff standby also within its windows) minus blackouts and blocking bookings, as one multirange
     * difference.
     */
    public List<Instant[]> freePeriods(UUID offerId, OfferKind kind, Instant from, Instant to) {
        List<Instant[]> free = new ArrayList<>();
        for (Object row : em.createNativeQuery(freePeriodsSql(kind)).setParameter("offer", offerId).setParameter("from", from)
                .setParameter("to", to).getResultList()) {
            Object[] r = (Object[]) row;
            free.add(new Instant[] {toInstant(r[0]), toInstant(r[1])});
        }
        return free;
    }

    /** The free-periods statement for an offer of the given kind (parameters :offer, :from, :to). */
    public static String freePeriodsSql(OfferKind kind) {
        String hours = "bookable_time((select o.weekly_minutes from offer o where o.id = :offer), r.win)";
        String base = kind == OfferKind.STAFF_STANDBY
                ? "coalesce((select range_agg(w.period) from offer_window w where w.offer_id = :offer), '{}'::tstzmultirange) * " + hours
                : hours;
        return "with r as (select tstzrange(cast(:from as timestamptz), cast(:to as timestamptz)) as win) "
                + "select lower(f), upper(f) from r, unnest(" + base
                + " - coalesce((select range_agg(b.period) from busy_period b where b.offer_id = :offer and b.blocks and b.period && r.win), '{}'::tstzmultirange)"
                + " - coalesce((select range_agg(x.period) from blackout x where x.offer_id = :offer and x.period && r.win), '{}'::tstzmultirange)"
                + ") f order by 1";
    }

    static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
