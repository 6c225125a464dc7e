package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.stack.DatabaseLogins;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The running services connect to PostgreSQL with their own least-privilege logins: never as a superuser, each only
 * to its own database, with the schema migrated by the database's owner login.
 */
class DatabaseLoginsTest extends StackTest {

    private static final List<String> DATABASES = List.of("municipality", "pool", "booking", "notification");

    @Test
    void everyServiceConnectsWithItsOwnLoginAndNeverAsSuperuser() {
        for (String database : DATABASES) {
            List<List<String>> sessions = DB.rows("postgres", "select distinct a.usename, r.rolsuper::text"
                    + " from pg_stat_activity a join pg_roles r on r.oid = a.usesysid"
                    + " where a.datname = ? and a.pid <> pg_backend_pid() and a.usename <> 'postgres'", database);
            assertEquals(List.of(List.of(database + "_app", "false")), sessions,
                    "the sessions of " + database + "'s service");
            assertEquals(List.of(List.of(database + "_owner")), DB.rows(database,
                    "select distinct installed_by from flyway_schema_history"), "Flyway migrated as the owner");
        }
    }

    @Test
    void notificationServiceLoginCannotReadTheMunicipalityDatabase() {
        DatabaseLogins notification = DatabaseLogins.local("notification");
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                STACK.jdbcUrl("municipality"), notification.service(), notification.servicePassword()).close());
        assertEquals("42501", refused.getSQLState(), refused.getMessage());
        assertTrue(DB.count("municipality", "select count(*) from signing_key") > 0, "there is something to read");
    }
}
