package de.dienstleistungspool.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;

/**
 * PostgreSQL 17 from the zonky embedded binaries, with its data kept under {@code .stack/pg} so a second run finds
 * the databases (and the demo data the services loaded) again.
 */
public final class StackPostgres implements AutoCloseable {

    /** One database per service, as in the services' application.properties. */
    public static final List<String> DATABASES = List.of("municipality", "pool", "booking", "notification");

    private final Path dataDir;
    private final EmbeddedPostgres postgres;

    private StackPostgres(Path dataDir, EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.postgres = postgres;
    }

    /** Starts the server on {@code port} (initialising the data folder only when it is new). */
    public static StackPostgres start(Path dataDir, int port, Path log) {
        try {
            Files.createDirectories(dataDir.getParent());
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "250")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("max_prepared_transactions", "0")
                    // a failed statement's text (the bulk of a refusal's log entry, and it may carry personal data)
                    // is never written; see DatabaseLogins for the services' own refusals
                    .setServerConfig("log_min_error_statement", "panic")
                    .setOutputRedirector(java.lang.ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(java.lang.ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new StackPostgres(dataDir, pg);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start (is port " + port + " in use? log: " + log + ")", e);
        }
    }

    /**
     * Gives each service database its two logins ({@link DatabaseLogins}): creates the roles and the database (owned
     * by the owner login) when missing, lets only the service login connect, and requires a password of every login
     * but the local superuser. Returns the databases it created.
     */
    public List<String> provision(List<DatabaseLogins> logins) {
        List<String> created = new java.util.ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (DatabaseLogins login : logins) {
                for (String sql : login.roleStatements(exists(c, "pg_roles", "rolname", login.owner()),
                        exists(c, "pg_roles", "rolname", login.service()))) {
                    s.execute(sql);
                }
                if (!exists(c, "pg_database", "datname", login.database())) {
                    s.execute("create database " + login.database() + " owner " + login.owner());
                    created.add(login.database());
                } else {
                    requireOwner(c, login);
                }
                for (String sql : login.databaseStatements()) {
                    s.execute(sql);
                }
                try (Connection db = postgres.getDatabase("postgres", login.database()).getConnection();
                        Statement inDb = db.createStatement()) {
                    for (String sql : login.schemaStatements()) {
                        inDb.execute(sql);
                    }
                }
            }
            requirePasswords(s);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not provision the databases and their logins", e);
        }
        return created;
    }

    /** The logins of the service databases ({@link #DATABASES}) as the stack runs them. */
    public static List<DatabaseLogins> localLogins() {
        return DATABASES.stream().map(DatabaseLogins::local).toList();
    }

    private static boolean exists(Connection c, String catalog, String column, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select 1 from " + catalog + " where " + column + " = ?")) {
            q.setString(1, name);
            try (var rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void requireOwner(Connection c, DatabaseLogins login) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "select pg_get_userbyid(datdba) from pg_database where datname = ?")) {
            q.setString(1, login.database());
            try (var rs = q.executeQuery()) {
                rs.next();
                if (!login.owner().equals(rs.getString(1))) {
                    throw new IllegalStateException("Database " + login.database() + " belongs to " + rs.getString(1)
                            + ", not to " + login.owner() + ": it was created before the per-service logins; start"
                            + " once with deploy/stack.sh --fresh");
                }
            }
        }
    }

    /**
     * The superuser keeps password-less access from this machine (the launcher provisions with it); every other
     * login must give its password (SCRAM), so one service's login cannot simply claim to be another's.
     */
    private void requirePasswords(Statement s) throws SQLException {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), String.join("\n",
                    "# generated by the stack launcher: the superuser trusted on localhost, every other login by password",
                    "local all postgres trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        s.execute("select pg_reload_conf()");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** The postmaster's process id (read from its pid file), for the memory report. */
    public OptionalLong postmasterPid() {
        return postmasterPid(dataDir);
    }

    static OptionalLong postmasterPid(Path dataDir) {
        try {
            Path pidFile = dataDir.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
