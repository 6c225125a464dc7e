package de.dienstleistungspool.pool.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows of the county board: the region's active offers, filtered, nearest to a point first (KNN on the
 * earthdistance GiST index, like the search), one page of them with the number of all; the busy periods of the page
 * are then read set-based for all its offers at once.
 */
@ApplicationScoped
public class BoardQuery {

    /** The statement as the service runs it; public so the benchmark can send exactly the same one raw. */
    public static final String ROWS_SQL_HEAD = """
            select o.id, earth_distance(ll_to_earth(o.latitude, o.longitude), ll_to_earth(:lat, :lon)) as distance_m,
                   count(*) over () as total
            from offer o
            where o.region_id = :region and o.status = 'ACTIVE'
            """;
    public static final String ROWS_SQL_TAIL = """
            order by ll_to_earth(o.latitude, o.longitude) <-> ll_to_earth(:lat, :lon), o.id
            limit :limit offset :offset
            """;

    @Inject
    EntityManager em;

    /** Which offers; null criteria do not filter. */
    public record Criteria(UUID regionId, double latitude, double longitude, OfferKind kind, String category,
                           Sector sector, Double radiusKm, int page, int size) {
    }

    /** One page of offer ids with their distance from the point, and the number of all matching offers. */
    public record Result(List<OfferSearch.Hit> rows, long total) {
    }

    public Result rows(Criteria c) {
        StringBuilder sql = new StringBuilder(ROWS_SQL_HEAD);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("region", c.regionId());
        params.put("lat", c.latitude());
        params.put("lon", c.longitude());
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
        if (c.radiusKm() != null) {
            sql.append(" and earth_box(ll_to_earth(:lat, :lon), :radius) @> ll_to_earth(o.latitude, o.longitude)")
               .append(" and earth_distance(ll_to_earth(o.latitude, o.longitude), ll_to_earth(:lat, :lon)) <= :radius");
            params.put("radius", c.radiusKm() * 1000.0);
        }
        sql.append('\n').append(ROWS_SQL_TAIL);
        params.put("limit", c.size());
        params.put("offset", c.page() * c.size());
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<OfferSearch.Hit> rows = new ArrayList<>();
        long total = 0;
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new OfferSearch.Hit((UUID) r[0], ((Number) r[1]).doubleValue()));
            total = ((Number) r[2]).longValue();
        }
        return new Result(rows, total);
    }
}
