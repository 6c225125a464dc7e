package de.dienstleistungspool.pool.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Loads the benchmark's synthetic pool straight into the database with set-based SQL: 10,000 offers spread over
 * northern Hesse, 50 busy periods each (500,000, non-overlapping per offer, 2026-2027) and one blackout each.
 */
final class BenchData {

    static final UUID REGION = UUID.fromString("00000000-0000-4000-a000-00000000beef");
    static final int OFFERS = 10_000;
    static final int BUSY_PER_OFFER = 50;

    private BenchData() {
    }

    static void load(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("select setseed(0.42)");
            s.execute("""
                    insert into offer (id, owner_member_id, region_id, kind, category, title, sectors, depot_name, latitude,
                        longitude, unit, buffer_minutes, settlement_modes, auto_confirm, status, qualifications, capacity_per_day)
                    select md5('offer' || i)::uuid, md5('member' || (i %% 200))::uuid, '%s',
                           (array['EQUIPMENT', 'EQUIPMENT', 'SERVICE'])[1 + i %% 3],
                           (array['SEWER_TV_CAMERA', 'MOBILE_PUMP', 'EMERGENCY_GENERATOR', 'LEAK_DETECTOR', 'SEWER_FLUSHING'])[1 + i %% 5],
                           'Bench offer ' || i,
                           case i %% 3 when 0 then array['WATER_SUPPLY'] when 1 then array['WASTEWATER'] else array['WATER_SUPPLY', 'WASTEWATER'] end,
                           'Depot ' || (i %% 200), 50.5 + random() * 1.2, 9.0 + random() * 1.5,
                           case when i %% 3 = 2 then 'HOUR' else 'DAY' end, (i %% 4) * 30,
                           array['MONETARY', 'NON_MONETARY'], false, 'ACTIVE', '{}',
                           case when i %% 3 = 2 then 8 else null end
                    from generate_series(1, %d) i
                    """.formatted(REGION, OFFERS));
            // slot j of an offer lies in its own fortnight, so one offer's busy periods never overlap
            s.execute("""
                    insert into busy_period (booking_id, offer_id, region_id, provider_member_id, consumer_member_id, status,
                        status_rank, terminal, start_at, end_at, buffer_minutes, occupied_until, offer_title, occurred_at, event_id)
                    select md5(o.id::text || j)::uuid, o.id, o.region_id, o.owner_member_id, md5('member' || (j %% 200))::uuid,
                           st, 2, st = 'COMPLETED', b.s, b.s + b.len, 0, b.s + b.len, o.title, b.s - interval '3 days',
                           md5('event' || o.id::text || j)::uuid
                    from offer o cross join generate_series(0, %d) j
                    cross join lateral (select timestamptz '2026-01-01 00:00Z' + j * interval '14 days'
                                                + floor(random() * 9 * 24) * interval '1 hour' as s,
                                               (4 + floor(random() * 68)) * interval '1 hour' as len,
                                               (array['CONFIRMED', 'REQUESTED', 'COMPLETED', 'CANCELLED'])[1 + (j %% 4)] as st) b
                    where o.region_id = '%s'
                    """.formatted(BUSY_PER_OFFER - 1, REGION));
            s.execute("""
                    insert into blackout (id, offer_id, start_at, end_at, reason, created_by)
                    select md5('blackout' || o.id::text)::uuid, o.id, timestamptz '2026-01-01 00:00Z' + x.d * interval '1 day',
                           timestamptz '2026-01-01 00:00Z' + (x.d + 2) * interval '1 day', 'Wartung', 'bench'
                    from offer o cross join lateral (select floor(random() * 700)::int as d) x
                    where o.region_id = '%s'
                    """.formatted(REGION));
            s.execute("analyze offer");
            s.execute("analyze busy_period");
            s.execute("analyze blackout");
        }
    }
}
