package de.dienstleistungspool.booking.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Profiling aid ({@code -Dbench.statement-stats=true}, needs {@code -Dtestinfra.postgres.preload=pg_stat_statements}):
 * prints which statements PostgreSQL spent its execution and planning time on during a case, and how often each was
 * planned.
 */
final class StatementStats {

    private final DataSource db;

    StatementStats(DataSource db) throws Exception {
        this.db = db;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
            // planning is tracked only when asked for; without it, plan time reads as zero
            s.execute("alter system set pg_stat_statements.track_planning = on");
            s.execute("select pg_reload_conf()");
        }
    }

    void reset() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_stat_statements_reset()");
        }
    }

    void print(String title) throws Exception {
        System.out.println("PostgreSQL execution and planning time, mean per call, and how often planned, " + title + ":");
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select round(total_exec_time::numeric * 1000 / greatest(calls, 1), 1),
                       round(total_plan_time::numeric * 1000 / greatest(calls, 1), 1), calls, plans,
                       left(regexp_replace(query, '\\s+', ' ', 'g'), 100)
                  from pg_stat_statements order by total_exec_time + total_plan_time desc limit 15
                """)) {
            while (r.next()) {
                System.out.printf("  exec %8s us  plan %7s us %9d calls %9d plans  %s%n", r.getString(1), r.getString(2),
                        r.getLong(3), r.getLong(4), r.getString(5));
            }
        }
    }
}
