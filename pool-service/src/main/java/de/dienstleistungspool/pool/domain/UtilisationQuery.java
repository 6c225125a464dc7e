package de.dienstleistungspool.pool.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Booked versus bookable hours per offer and calendar month (Europe/Berlin) of one year, computed in SQL with
 * multiranges: bookable = the offer's base time (its bookable hours of the month while it existed, for a standby also
 * within its windows) minus its blackouts; booked = the periods of its bookings that occupied it (requested to
 * completed) within its bookable hours, so a week-long booking counts its working hours, not its nights;
 * withdrawals = its bookings the owner withdrew (by hand or by a blackout) that would have started in the month.
 */
@ApplicationScoped
public class UtilisationQuery {

    private static final String SQL = """
            with months as (
                select extract(month from m)::int as month,
                       m at time zone 'Europe/Berlin' as ps,
                       (m + interval '1 month') at time zone 'Europe/Berlin' as pe
                from generate_series(make_timestamp(:year, 1, 1, 0, 0, 0), make_timestamp(:year, 12, 1, 0, 0, 0),
                                     interval '1 month') m)
            select o.id, o.title, o.category, o.owner_member_id, months.month, array_to_string(o.sectors, ',') as sectors,
                   multirange_hours(base.mr - coalesce((select range_agg(x.period) from blackout x
                       where x.offer_id = o.id and x.period && tstzrange(months.ps, months.pe)), '{}'::tstzmultirange)) as bookable,
                   multirange_hours(coalesce((select range_agg(tstzrange(b.start_at, b.end_at)) from busy_period b
                       where b.offer_id = o.id and b.blocks and tstzrange(b.start_at, b.end_at) && tstzrange(months.ps, months.pe)),
                       '{}'::tstzmultirange) * bookable_time(o.weekly_minutes, tstzrange(months.ps, months.pe))) as booked,
                   (select count(*) from busy_period w where w.offer_id = o.id and w.status = 'WITHDRAWN'
                       and w.start_at >= months.ps and w.start_at < months.pe) as withdrawals
            from offer o
            cross join months
            cross join lateral (select greatest(months.ps, o.created_at) as lo,
                    least(months.pe, case when o.status = 'RETIRED' then o.updated_at else months.pe end) as hi) life
            cross join lateral (select case
                    when life.lo >= life.hi then '{}'::tstzmultirange
                    when o.kind = 'STAFF_STANDBY' then coalesce((select range_agg(w.period) from offer_window w
                        where w.offer_id = o.id), '{}'::tstzmultirange) * bookable_time(o.weekly_minutes, tstzrange(life.lo, life.hi))
                    else bookable_time(o.weekly_minutes, tstzrange(life.lo, life.hi)) end as mr) base
            where o.region_id = :region
            """;

    @Inject
    EntityManager em;

    /** One offer in one month. */
    public record Row(UUID offerId, String title, String category, UUID ownerMemberId, int month, List<String> sectors,
                      BigDecimal bookableHours, BigDecimal bookedHours, long withdrawals) {
    }

    public List<Row> monthly(UUID regionId, UUID ownerMemberId, int year) {
        List<Row> rows = new ArrayList<>();
        var query = em.createNativeQuery(SQL + (ownerMemberId == null ? "" : " and o.owner_member_id = :owner")
                + " order by o.id, months.month").setParameter("region", regionId).setParameter("year", year);
        if (ownerMemberId != null) {
            query.setParameter("owner", ownerMemberId);
        }
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new Row((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], ((Number) r[4]).intValue(),
                    List.of(((String) r[5]).split(",")), (BigDecimal) r[6], (BigDecimal) r[7], ((Number) r[8]).longValue()));
        }
        return rows;
    }
}
