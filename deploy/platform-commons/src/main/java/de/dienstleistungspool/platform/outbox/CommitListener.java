package de.dienstleistungspool.platform.outbox;

import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.AgroalDefaultSecurityProvider;
import io.agroal.api.security.AgroalSecurityProvider;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Lets the outbox relay sleep until a transaction that wrote the outbox commits: it holds one PostgreSQL connection of
 * its own that {@code LISTEN}s on the channel the outbox table's trigger notifies (db/outbox {@code V0_5}).
 *
 * <p>The connection is made from the datasource's configuration (URL, driver properties, user and credentials through
 * the datasource's security providers) but outside its pool: it only listens and never runs a transaction, and a
 * pooled connection would carry its {@code LISTEN} (and the notifications it keeps collecting) back into the pool. A
 * broken connection is closed and made again by the next {@link #await}, which then reports a wake-up, because a
 * notification sent while nobody listened is lost.
 */
final class CommitListener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CommitListener.class);
    static final String CHANNEL = "outbox";
    static final String APPLICATION_NAME = "outbox-relay";

    private final AgroalConnectionFactoryConfiguration datasource;
    private Connection connection;

    CommitListener(AgroalConnectionFactoryConfiguration datasource) {
        this.datasource = datasource;
    }

    /**
     * Waits until a transaction that wrote the outbox commits or {@code timeoutMillis} pass, and takes every
     * notification that arrived meanwhile. Returns true if the relay should run a round at once: a commit was notified,
     * or the connection is new (commits while nobody listened went unnoticed).
     *
     * @throws SQLException if the connection cannot be made or broke; the next call makes a new one
     */
    boolean await(long timeoutMillis) throws SQLException {
        if (connection == null) {
            connection = listen();
            return true;
        }
        try {
            PGNotification[] notifications = connection.unwrap(PGConnection.class)
                    .getNotifications((int) Math.max(1, timeoutMillis));
            if (notifications != null && notifications.length > 0) {
                return true;
            }
            if (!connection.isValid(5)) { // a quiet spell: make sure the connection is still there
                throw new SQLException("The listening connection no longer answers");
            }
            return false;
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    private Connection listen() throws SQLException {
        Properties properties = new Properties();
        properties.putAll(datasource.jdbcProperties());
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        List<AgroalSecurityProvider> providers = new ArrayList<>(datasource.securityProviders());
        providers.add(new AgroalDefaultSecurityProvider()); // user name and password, as Agroal's pool resolves them
        for (Object secret : secrets()) {
            for (AgroalSecurityProvider provider : providers) {
                Properties resolved = provider.getSecurityProperties(secret);
                if (resolved != null) {
                    properties.putAll(resolved);
                    break;
                }
            }
        }
        Connection c = new Driver().connect(datasource.jdbcUrl(), properties);
        if (c == null) {
            throw new SQLException("Not a PostgreSQL URL: " + datasource.jdbcUrl());
        }
        try (Statement s = c.createStatement()) {
            s.execute("listen " + CHANNEL);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** The datasource's user and credentials, as Agroal hands them to its security providers. */
    private List<Object> secrets() {
        List<Object> secrets = new ArrayList<>();
        if (datasource.principal() != null) {
            secrets.add(datasource.principal());
        }
        secrets.addAll(datasource.credentials());
        return secrets;
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the outbox listener's connection: %s", e.getMessage());
            }
            connection = null;
        }
    }
}
