package de.dienstleistungspool.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.platform.schema.SupersededMigrations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations platform-commons ships (db/platform, db/outbox, versions 0.x) on the real PostgreSQL, configured as
 * the services configure Flyway: on an empty database they run before the service's own; a database whose platform
 * tables came from the service's own earlier copies (platform_baseline and the two outbox follow-ups) is handed over
 * with its data; a history that holds only part of those copies stops the migration with a message.
 */
class PlatformMigrationsTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyDatabaseGetsThePlatformTablesFirst() throws Exception {
        String url = TestInfrastructure.database("platform_migrations_fresh");
        service(url).migrate();
        assertEquals(List.of("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "2", "6", "R bookable time", "R idempotent request"), history(url));
    }

    @Test
    void aDatabaseWithTheServicesEarlierCopiesIsHandedOverWithItsData() throws Exception {
        String url = TestInfrastructure.database("platform_migrations_legacy");
        legacy(url, true).migrate();
        execute(url, "insert into processed_event (consumer, event_id) values ('legacy/booking-events', gen_random_uuid())");

        assertEquals(9, service(url).migrate().migrationsExecuted,
                "0.1 to 0.3 find their tables in place, then 0.4, 0.5 (the relay's trigger), 0.6 (traceparent), V6 and the two repeatable scripts run");

        assertEquals(List.of("2", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "6", "R bookable time", "R idempotent request"), history(url));
        assertEquals(List.of("1"), rows(url, "select count(*) from processed_event where consumer = 'legacy/booking-events'"));
        service(url).validate();
        assertEquals(0, service(url).migrate().migrationsExecuted);
    }

    @Test
    void aHistoryWithOnlyPartOfTheEarlierCopiesStopsTheMigration() throws Exception {
        String url = TestInfrastructure.database("platform_migrations_partial");
        legacy(url, false).migrate();
        FlywayException refused = assertThrows(FlywayException.class, () -> service(url).migrate());
        assertTrue(refused.getMessage().contains("holds only 1 of the service migrations"), refused.getMessage());
    }

    /** Flyway as a publishing service configures it: its own scripts after the platform's, out of order, the hand-over. */
    private Flyway service(String url) throws IOException {
        Path own = dir.resolve("service");
        write(own, "V2__service_table.sql", "create table thing (id int primary key);");
        write(own, "V6__later.sql", "create table later (id int primary key);");
        return Flyway.configure().dataSource(url, "postgres", "postgres").outOfOrder(true)
                .locations("classpath:db/platform", "classpath:db/outbox", "filesystem:" + own)
                .callbacks(new SupersededMigrations()).load();
    }

    /** Flyway over the service's scripts as they were: its own copy of the platform tables under V1, V4 and V5. */
    private Flyway legacy(String url, boolean withOutboxFollowUps) throws IOException {
        Path old = dir.resolve(withOutboxFollowUps ? "legacy" : "partial");
        write(old, "V1__platform_baseline.sql", platformScript("db/platform/V0_1__inbox.sql")
                + platformScript("db/platform/V0_2__revoked_credential.sql") + platformScript("db/outbox/V0_3__outbox.sql"));
        write(old, "V2__service_table.sql", "create table thing (id int primary key);");
        if (withOutboxFollowUps) {
            write(old, "V4__outbox_unpublished_by_transaction.sql", "select 1;");
            write(old, "V5__outbox_delete_when_published.sql", "select 1;");
        }
        return Flyway.configure().dataSource(url, "postgres", "postgres").locations("filesystem:" + old).load();
    }

    private static String platformScript(String resource) throws IOException {
        try (InputStream in = PlatformMigrationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n";
        }
    }

    private static void write(Path folder, String name, String sql) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), sql);
    }

    private static List<String> history(String url) throws SQLException {
        // a repeatable migration has no version: it shows as "R <description>"
        return rows(url, "select coalesce(version, 'R ' || description) from flyway_schema_history where success "
                + "order by installed_rank");
    }

    private static List<String> rows(String url, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
