package de.dienstleistungspool.booking.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Profiling aid ({@code -Dbench.statement-stats=true}, needs {@code -Dtestinfra.postgres.preload=pg_stat_statements}):
 * prints which statements PostgreSQL spent its execution time on during a case.
 */
final class StatementStats {

    private final DataSource db;

    StatementStats(DataSource db) throws Exception {
        this.db = db;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
        }
    }

    void reset() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_stat_statements_reset()");
        }
    }

    void print(String title) throws Exception {
        System.out.println("PostgreSQL plan + execution time, mean per call, " + title + ":");
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select round((total_exec_time + total_plan_time)::numeric * 1000 / greatest(calls, 1), 1), calls,
                       left(regexp_replace(query, '\\s+', ' ', 'g'), 110)
                  from pg_stat_statements order by total_exec_time + total_plan_time desc limit 15
                """)) {
            while (r.next()) {
                System.out.printf("  %8s us %9d calls  %s%n", r.getString(1), r.getLong(2), r.getString(3));
            }
        }
    }
}
