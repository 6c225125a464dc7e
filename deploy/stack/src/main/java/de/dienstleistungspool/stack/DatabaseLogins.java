package de.dienstleistungspool.stack;

import java.util.List;
import java.util.Map;

/**
 * The two logins of one service database: the owner, which owns the database and its schema and runs the Flyway
 * migrations, and the service login, which reads and writes rows but cannot change the schema nor connect to any
 * other service's database.
 *
 * <p>The local stack and the end-to-end stack use these names with the name as password (localhost only); Docker
 * Compose and Kubernetes use the same names with passwords from their secrets ({@code deploy/docker/postgres-init.sh}).
 */
public record DatabaseLogins(String database, String owner, String ownerPassword, String service,
        String servicePassword) {

    /**
     * Extensions a migration creates that PostgreSQL does not mark trusted, so only a superuser may create them; they
     * are created when the database is provisioned, and the migration's {@code create extension if not exists} finds
     * them there.
     */
    static final Map<String, List<String>> UNTRUSTED_EXTENSIONS = Map.of("pool", List.of("cube", "earthdistance"));

    /** The stack's logins of a database: {@code <database>_owner} and {@code <database>_app}. */
    public static DatabaseLogins local(String database) {
        if (!database.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Unexpected database name " + database);
        }
        return new DatabaseLogins(database, database + "_owner", database + "_owner", database + "_app",
                database + "_app");
    }

    /**
     * The statements, run as superuser in the {@code postgres} database, that create the roles if missing. The
     * service login's sessions log no errors in the server log: every error of theirs is answered to the service,
     * which turns the expected ones (a refused overlap, a duplicate name) into 409 or 422 and logs the unexpected ones
     * itself, so the server log keeps the server's own events and the errors of people and migrations.
     */
    List<String> roleStatements(boolean ownerExists, boolean serviceExists) {
        return List.of(
                (ownerExists ? "alter" : "create") + " role " + owner + " login nosuperuser nocreatedb nocreaterole"
                        + " password '" + ownerPassword + "'",
                (serviceExists ? "alter" : "create") + " role " + service + " login nosuperuser nocreatedb"
                        + " nocreaterole password '" + servicePassword + "'",
                "alter role " + service + " set log_min_messages = 'log'");
    }

    /** Run as superuser in the {@code postgres} database once the database exists: only the service may connect. */
    List<String> databaseStatements() {
        return List.of(
                "revoke all on database " + database + " from public",
                "grant connect on database " + database + " to " + service);
    }

    /**
     * Run as superuser inside the database: what the owner creates, the service login may read and write (and
     * vacuum, for the outbox relay: PostgreSQL 17's MAINTAIN), but nobody else may create anything in it.
     */
    List<String> schemaStatements() {
        List<String> statements = new java.util.ArrayList<>(List.of(
                "revoke create on schema public from public",
                "alter default privileges for role " + owner + " in schema public grant select, insert, update,"
                        + " delete, maintain on tables to " + service,
                "alter default privileges for role " + owner + " in schema public grant usage, select, update on"
                        + " sequences to " + service));
        for (String extension : UNTRUSTED_EXTENSIONS.getOrDefault(database, List.of())) {
            statements.add("create extension if not exists " + extension + " schema public");
        }
        return statements;
    }
}
