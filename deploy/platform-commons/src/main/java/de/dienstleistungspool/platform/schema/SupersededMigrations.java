package de.dienstleistungspool.platform.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Moves a database whose platform tables were created by the service's own copies of them (the migrations
 * {@code platform_baseline}, {@code outbox_unpublished_by_transaction} and {@code outbox_delete_when_published}, under
 * a different version in each service) onto the migrations platform-commons ships: before Flyway validates, it removes
 * those three rows from the schema history, so Flyway does not report them missing, and the platform migrations
 * (versions 0.x, {@code if not exists}) then run out of order and find their tables already in place.
 */
public class SupersededMigrations extends BaseCallback {

    /** The descriptions of the service migrations the platform migrations replace. */
    static final List<String> DESCRIPTIONS = List.of("platform baseline", "outbox unpublished by transaction",
            "outbox delete when published");

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = context.getConfiguration().getTable();
        try {
            Connection c = context.getConnection();
            if (!historyExists(c, table)) {
                return;
            }
            int superseded = count(c, table);
            if (superseded == 0) {
                return;
            }
            if (superseded != DESCRIPTIONS.size()) {
                throw new FlywayException("The schema history holds only " + superseded + " of the service migrations "
                        + DESCRIPTIONS + " that the platform migrations replace; start this database once with the "
                        + "release before platform-commons shipped them, or rebuild it");
            }
            try (PreparedStatement s = c.prepareStatement("delete from " + quoted(table)
                    + " where description = any(?) and version not like '0.%'")) {
                s.setArray(1, c.createArrayOf("text", DESCRIPTIONS.toArray()));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not hand the platform tables over to platform-commons' migrations", e);
        }
    }

    private static boolean historyExists(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select to_regclass(?) is not null")) {
            s.setString(1, quoted(table));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    private static int count(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(distinct description) from " + quoted(table)
                + " where description = any(?) and version not like '0.%' and success")) {
            s.setArray(1, c.createArrayOf("text", DESCRIPTIONS.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
