package de.dienstleistungspool.municipality.settlement.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a synthetic settlement data set in PostgreSQL with generate_series: regions, members, the year's rates
 * and terms, and balanced ledger entries (two lines each) between random member pairs of the same region.
 */
final class SyntheticLedger {

    private SyntheticLedger() {
    }

    /** Drops ledger_line's indexes and unique constraints (as a bulk load does) and returns the DDL that rebuilds them. */
    private static List<String> dropIndexes(Connection c) throws SQLException {
        List<String> rebuild = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select conname, pg_get_constraintdef(oid) from pg_constraint "
                     + "where conrelid = 'ledger_line'::regclass and contype in ('p', 'u')")) {
            while (r.next()) {
                drop.add("alter table ledger_line drop constraint " + r.getString(1));
                rebuild.add("alter table ledger_line add constraint " + r.getString(1) + " " + r.getString(2));
            }
        }
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select indexname, indexdef from pg_indexes where tablename = 'ledger_line' and indexname not in "
                     + "(select conname from pg_constraint where conrelid = 'ledger_line'::regclass)")) {
            while (r.next()) {
                drop.add("drop index " + r.getString(1));
                rebuild.add(r.getString(2));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String ddl : drop) {
                s.execute(ddl);
            }
        }
        return rebuild;
    }

    /**
     * Loads {@code regions} regions with {@code members} members spread evenly and {@code lines} ledger lines of 2025.
     *
     * @param bypassTriggers load with {@code session_replication_role = replica} (no per-row triggers; for the
     *                       national set), otherwise every line goes through the closed-year, immutability and
     *                       balance triggers like a real booking
     */
    static void load(Connection c, String prefix, int regions, int members, long lines, boolean bypassTriggers) throws SQLException {
        long entries = lines / 2;
        try (Statement s = c.createStatement()) {
            s.execute("create temp table if not exists bench_member (region_no int, member_no int, id uuid, region_id uuid)");
            s.execute("truncate bench_member");
            s.execute("insert into region (id, name) select md5('" + prefix + "r' || r)::uuid, '" + prefix + " Region ' || r "
                    + "from generate_series(0, " + (regions - 1) + ") r");
            // member k of the whole set belongs to region k % regions; its number inside the region is k / regions
            s.execute("insert into bench_member select k % " + regions + ", k / " + regions + ", md5('" + prefix + "m' || k)::uuid, "
                    + "md5('" + prefix + "r' || (k % " + regions + "))::uuid from generate_series(0, " + (members - 1) + ") k");
            s.execute("insert into member (id, region_id, name, kind, sectors, leitweg_id, contact_email, street, postal_code, city) "
                    + "select id, region_id, 'Gemeinde ' || region_no || '-' || member_no, 'MUNICIPALITY', array['WATER_SUPPLY','WASTEWATER'], "
                    + "'0' || (1000000 + member_no) || '-BENCH-' || region_no, 'kasse' || member_no || '@bench.example', 'Markt 1', '37269', 'Eschwege' from bench_member");
            s.execute("create temp table if not exists bench_size (region_no int primary key, cnt int)");
            s.execute("truncate bench_size");
            s.execute("insert into bench_size select region_no, count(*) from bench_member group by region_no");
            s.execute("insert into rate (id, region_id, year, sector, category, unit, amount) "
                    + "select gen_random_uuid(), md5('" + prefix + "r' || r)::uuid, 2025, sec, cat, unit, amount from generate_series(0, " + (regions - 1) + ") r, "
                    + "(values ('WATER_SUPPLY','STAFF','HOUR',55.00), ('WATER_SUPPLY','EQUIPMENT','DAY',180.00), ('WATER_SUPPLY','PIPE_CAMERA','METRE',2.10), "
                    + "('WASTEWATER','STAFF','HOUR',60.00), ('WASTEWATER','EQUIPMENT','DAY',240.00), ('WASTEWATER','PIPE_CAMERA','METRE',2.50)) v(sec, cat, unit, amount)");
            s.execute("insert into settlement_terms (region_id, year, tolerance_hours, remainder) "
                    + "select md5('" + prefix + "r' || r)::uuid, 2025, 8, case when r % 2 = 0 then 'CARRY_OVER' else 'PAY' end from generate_series(0, " + (regions - 1) + ") r");
            List<String> rebuild = new ArrayList<>();
            if (bypassTriggers) {
                s.execute("set session_replication_role = replica");
                rebuild = dropIndexes(c);
            }
            s.execute("""
                    insert into ledger_line (entry_id, region_id, year, entry_kind, settlement_mode, sector, category, unit, side,
                                             member_id, counterparty_id, quantity, rate, amount, booking_id, usage_end, recorded_by)
                    select e.entry_id, e.region_id, 2025, 'USAGE', e.mode, e.sector, e.category, e.unit, side,
                           case side when 'CREDIT' then p.id else q.id end, case side when 'CREDIT' then q.id else p.id end,
                           e.quantity, e.rate, round(e.quantity * e.rate, 2), e.booking_id, e.usage_end, 'bench'
                      from (select md5('%1$se' || g)::uuid entry_id, md5('%1$sb' || g)::uuid booking_id,
                                   md5('%1$sr' || (g %% %2$d))::uuid region_id, g %% %2$d region_no,
                                   case when g %% 5 = 0 then 'MONETARY' else 'NON_MONETARY' end mode,
                                   case when g %% 2 = 0 then 'WATER_SUPPLY' else 'WASTEWATER' end sector,
                                   (array['STAFF','EQUIPMENT','PIPE_CAMERA'])[1 + (g / 2) %% 3] category,
                                   (array['HOUR','DAY','METRE'])[1 + (g / 2) %% 3] unit,
                                   case (g / 2) %% 3 when 0 then 1 + g %% 12 when 1 then 1 + g %% 3 else 50 + g %% 400 end::numeric quantity,
                                   case (g / 2) %% 3 when 0 then 55.00 when 1 then 180.00 else 2.10 end
                                       + case when g %% 2 = 1 then case (g / 2) %% 3 when 0 then 5.00 when 1 then 60.00 else 0.40 end else 0 end rate,
                                   timestamptz '2025-01-01 08:00+01' + (g %% 360) * interval '1 day' usage_end,
                                   (g * 7919) %% 1000003 h1, (g * 31) %% 1000003 h2, g
                              from generate_series(0::bigint, %3$d) g) e
                      join bench_size z on z.region_no = e.region_no
                      join bench_member p on p.region_no = e.region_no and p.member_no = e.h1 %% z.cnt
                      join bench_member q on q.region_no = e.region_no and q.member_no = (e.h1 %% z.cnt + 1 + e.h2 %% (z.cnt - 1)) %% z.cnt
                      cross join (values ('CREDIT'), ('DEBIT')) sides(side)
                    """.formatted(prefix, regions, entries - 1));
            for (String ddl : rebuild) {
                s.execute(ddl);
            }
            if (bypassTriggers) {
                s.execute("set session_replication_role = origin");
            }
            s.execute("analyze ledger_line");
            s.execute("analyze member");
            s.execute("analyze rate");
        }
    }
}
