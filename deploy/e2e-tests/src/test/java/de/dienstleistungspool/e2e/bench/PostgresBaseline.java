package de.dienstleistungspool.e2e.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * The same work done directly in PostgreSQL over one JDBC connection, in a scratch database of the same server: an
 * insert guarded by the same kind of exclusion constraint, the availability and nearest-offer queries, a
 * LISTEN/NOTIFY round trip as the floor for an event between two processes, and the year-end aggregation.
 */
final class PostgresBaseline implements AutoCloseable {

    private final Connection c;
    private final Connection listener;

    PostgresBaseline(String adminUrl, String benchUrl) throws SQLException {
        try (Connection admin = DriverManager.getConnection(adminUrl, "postgres", "postgres");
                Statement s = admin.createStatement()) {
            s.execute("drop database if exists bench");
            s.execute("create database bench");
        }
        c = DriverManager.getConnection(benchUrl, "postgres", "postgres");
        listener = DriverManager.getConnection(benchUrl, "postgres", "postgres");
        try (Statement s = c.createStatement()) {
            s.execute("create extension if not exists btree_gist");
            s.execute("create table booking (id uuid primary key, offer_id uuid not null, start_at timestamptz not null,"
                    + " end_at timestamptz not null, status text not null, period tstzrange generated always as"
                    + " (tstzrange(start_at, end_at, '[)')) stored,"
                    + " exclude using gist (offer_id with =, period with &&))");
            s.execute("create table offer (id uuid primary key, category text, status text, latitude numeric,"
                    + " longitude numeric)");
            s.execute("insert into offer select gen_random_uuid(), case when i % 3 = 0 then 'SEWER_FLUSHING' else"
                    + " 'OTHER' end, 'ACTIVE', 51 + random() / 2, 9.7 + random() / 2 from generate_series(1, 300) i");
            s.execute("create table ledger_line (id uuid primary key, member_id uuid, counterparty_id uuid,"
                    + " year int, sector text, amount numeric(14,2))");
            s.execute("create table pair_result (a uuid, b uuid, net numeric(14,2))");
        }
    }

    private static final UUID OFFER = UUID.randomUUID();

    long insertBooking(int n) {
        Instant start = Instant.now().plus(60, ChronoUnit.DAYS).plus(n, ChronoUnit.HOURS);
        return Stats.time(() -> sql("insert into booking (id, offer_id, start_at, end_at, status) values (?, ?, ?, ?, 'REQUESTED')",
                UUID.randomUUID(), OFFER, Timestamp.from(start), Timestamp.from(start.plus(50, ChronoUnit.MINUTES))));
    }

    long availability() {
        Instant from = Instant.now().plus(60, ChronoUnit.DAYS);
        return Stats.time(() -> query("select start_at, end_at, status from booking where offer_id = ? and period &&"
                + " tstzrange(?, ?) order by start_at", OFFER, Timestamp.from(from),
                Timestamp.from(from.plus(14, ChronoUnit.DAYS))));
    }

    long search() {
        return Stats.time(() -> query("select o.id from offer o where o.category = 'SEWER_FLUSHING' and o.status ="
                + " 'ACTIVE' and not exists (select 1 from booking b where b.offer_id = o.id and b.period &&"
                + " tstzrange(now(), now() + interval '8 hours')) order by (o.latitude - 51.18)^2 + (o.longitude -"
                + " 10.17)^2 limit 20"));
    }

    /** NOTIFY on one connection until the LISTEN connection has it. */
    long notifyRoundTrip() throws SQLException {
        try (Statement s = listener.createStatement()) {
            s.execute("listen bench_events");
        }
        PGConnection pg = listener.unwrap(PGConnection.class);
        long t0 = System.nanoTime();
        sql("select pg_notify('bench_events', ?)", UUID.randomUUID().toString());
        while (true) {
            var got = pg.getNotifications(1000);
            if (got != null && got.length > 0) {
                return System.nanoTime() - t0;
            }
        }
    }

    /** Inserts {@code lines} ledger lines among 19 members, then times the netting aggregation and its result rows. */
    long yearClose(int lines) throws SQLException {
        UUID[] members = new UUID[19];
        for (int i = 0; i < members.length; i++) {
            members[i] = UUID.randomUUID();
        }
        try (PreparedStatement p = c.prepareStatement("insert into ledger_line values (?, ?, ?, 2025, 'WASTEWATER', ?)")) {
            for (int i = 0; i < lines; i++) {
                p.setObject(1, UUID.randomUUID());
                p.setObject(2, members[i % 19]);
                p.setObject(3, members[(i * 7 + 3) % 19]);
                p.setBigDecimal(4, new java.math.BigDecimal("145.00"));
                p.addBatch();
            }
            p.executeBatch();
        }
        return Stats.time(() -> {
            try {
                c.setAutoCommit(false);
                sql("insert into pair_result select least(member_id, counterparty_id), greatest(member_id,"
                        + " counterparty_id), sum(case when member_id < counterparty_id then amount else -amount end)"
                        + " from ledger_line where year = 2025 group by 1, 2");
                c.commit();
                c.setAutoCommit(true);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void sql(String sql, Object... params) {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            p.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void query(String sql, Object... params) {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() throws SQLException {
        c.close();
        listener.close();
    }
}
