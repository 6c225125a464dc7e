package de.dienstleistungspool.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Least privilege in the stack's PostgreSQL: each service database has an owner login (Flyway) and a service login
 * that reads and writes rows, cannot change the schema, and cannot even connect to another service's database.
 */
class ServiceLoginsTest {

    @TempDir
    static Path dir;
    static StackPostgres pg;

    @BeforeAll
    static void provision() {
        pg = StackPostgres.start(dir.resolve("pg"), Ports.free(), dir.resolve("pg.log"));
        pg.provision(StackPostgres.localLogins());
    }

    @AfterAll
    static void stop() {
        pg.close();
    }

    @Test
    void notificationServiceLoginCannotReadTheMunicipalityDatabase() throws SQLException {
        try (Connection owner = login("municipality", "municipality_owner"); Statement s = owner.createStatement()) {
            s.execute("create table signing_key_probe (kid text primary key, private_key text)");
            s.execute("insert into signing_key_probe values ('k1', 'secret')");
        }
        SQLException refused = assertThrows(SQLException.class, () -> login("municipality", "notification_app"));
        assertEquals("42501", refused.getSQLState(), "no CONNECT privilege: " + refused.getMessage());
        SQLException ownerRefused = assertThrows(SQLException.class, () -> login("municipality", "notification_owner"));
        assertEquals("42501", ownerRefused.getSQLState(), ownerRefused.getMessage());
        try (Connection own = login("municipality", "municipality_app"); Statement s = own.createStatement();
                ResultSet rs = s.executeQuery("select private_key from signing_key_probe")) {
            rs.next();
            assertEquals("secret", rs.getString(1), "the municipality's own service login reads its rows");
        }
    }

    @Test
    void theServiceLoginWritesRowsButCannotChangeTheSchema() throws SQLException {
        try (Connection owner = login("booking", "booking_owner"); Statement s = owner.createStatement()) {
            s.execute("create table booking_probe (id bigserial primary key, what text)");
        }
        try (Connection app = login("booking", "booking_app"); Statement s = app.createStatement()) {
            s.execute("insert into booking_probe (what) values ('a')");
            s.execute("update booking_probe set what = 'b'");
            try (ResultSet rs = s.executeQuery("select has_table_privilege('booking_probe', 'MAINTAIN')")) {
                rs.next();
                assertEquals(true, rs.getBoolean(1), "the outbox relay vacuums its queue table (MAINTAIN)");
            }
            s.execute("delete from booking_probe");
            for (String ddl : new String[] {"create table intruder (id int)", "alter table booking_probe add x int",
                    "drop table booking_probe", "create function f() returns int language sql as 'select 1'"}) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(ddl), ddl);
                assertEquals("42501", e.getSQLState(), ddl + ": " + e.getMessage());
            }
        }
    }

    @Test
    void noServiceLoginIsASuperuserAndEveryLoginNeedsItsPassword() throws SQLException {
        try (Connection admin = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", "");
                ResultSet rs = admin.createStatement().executeQuery("select count(*) from pg_roles where rolname"
                        + " ~ '_(app|owner)$' and (rolsuper or rolcreaterole or rolcreatedb or rolbypassrls)")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
        SQLException wrong = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(pg.jdbcUrl("pool"), "pool_app", "notification_app"));
        assertEquals("28P01", wrong.getSQLState(), wrong.getMessage());
    }

    private static Connection login(String database, String user) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(database), user, user);
    }
}
