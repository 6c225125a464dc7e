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
                    .setOutputRedirector(java.lang.ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(java.lang.ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new StackPostgres(dataDir, pg);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start (is port " + port + " in use? log: " + log + ")", e);
        }
    }

    /** Creates each database that does not exist yet; returns the names it created. */
    public List<String> createDatabases(List<String> names) {
        List<String> created = new java.util.ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?");
                Statement create = c.createStatement()) {
            for (String name : names) {
                if (!name.matches("[a-z_]+")) {
                    throw new IllegalArgumentException("Unexpected database name " + name);
                }
                exists.setString(1, name);
                try (var rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        create.execute("create database " + name);
                        created.add(name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the databases", e);
        }
        return created;
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
