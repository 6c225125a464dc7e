package de.dienstleistungspool.booking.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Profiling aid ({@code -Dbench.sample-waits=true}): samples what PostgreSQL backends of the booking database wait
 * on while a case runs, to see whether time goes to locks, I/O or the client.
 */
final class WaitSampler implements AutoCloseable {

    private final Map<String, Integer> samples = new TreeMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    WaitSampler(DataSource db) {
        thread = new Thread(() -> {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                while (running) {
                    try (ResultSet r = s.executeQuery("""
                            select coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '-') || ' ' || state
                                   || ' ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 60)
                              from pg_stat_activity where datname = 'booking' and pid <> pg_backend_pid()
                               and state <> 'idle'""")) {
                        while (r.next()) {
                            samples.merge(r.getString(1), 1, Integer::sum);
                        }
                    }
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                System.out.println("wait sampler stopped: " + e.getMessage());
            }
        }, "wait-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
        samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
    }
}
