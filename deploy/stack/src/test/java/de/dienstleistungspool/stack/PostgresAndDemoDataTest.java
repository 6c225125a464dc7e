package de.dienstleistungspool.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stack's PostgreSQL keeps its databases in the data folder across restarts, and the launcher applies a
 * service's {@code db/demo} migrations from its jar once, next to the service's own Flyway history.
 */
class PostgresAndDemoDataTest {

    private static final DatabaseLogins POOL = DatabaseLogins.local("pool");

    @TempDir
    Path dir;

    @Test
    void databasesAndDemoDataSurviveARestartAndDemoMigrationsRunOnce() throws Exception {
        Path data = dir.resolve("pg");
        Path appDir = Files.createDirectories(dir.resolve("app"));
        demoJar(appDir.resolve("pool-service-1.0.0-SNAPSHOT.jar"), "db/demo/R__demo_offers.sql", """
                create table if not exists offer (id int primary key, title text not null);
                insert into offer values (1, 'Kanal-TV-Kamera'), (2, 'Spülfahrzeug') on conflict (id) do nothing;
                """);
        int port = Ports.free();

        try (StackPostgres pg = StackPostgres.start(data, port, dir.resolve("pg.log"))) {
            assertEquals(StackPostgres.DATABASES, pg.provision(StackPostgres.localLogins()));
            assertTrue(pg.postmasterPid().isPresent());
            assertEquals(1, DemoData.load(appDir, pg.jdbcUrl("pool"), POOL));
            assertEquals(0, DemoData.load(appDir, pg.jdbcUrl("pool"), POOL), "unchanged demo migrations do not run again");
            assertEquals(0, DemoData.load(dir.resolve("no-such-service"), pg.jdbcUrl("booking"), DatabaseLogins.local("booking")));
        }

        try (StackPostgres pg = StackPostgres.start(data, port, dir.resolve("pg.log"))) {
            assertEquals(List.of(), pg.provision(StackPostgres.localLogins()), "the databases were kept");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("pool"), "postgres", "postgres");
                    ResultSet rs = c.createStatement().executeQuery(
                            "select string_agg(title, ',' order by id) from offer")) {
                rs.next();
                assertEquals("Kanal-TV-Kamera,Spülfahrzeug", rs.getString(1));
            }
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("pool"), "postgres", "postgres");
                    ResultSet rs = c.createStatement().executeQuery(
                            "select count(*) from " + DemoData.HISTORY_TABLE + " where success and type = 'SQL'")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    private static void demoJar(Path jar, String entry, String sql) throws Exception {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(entry));
            out.write(sql.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
