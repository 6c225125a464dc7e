package de.dienstleistungspool.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Loads the demo county of docs/DEMO.md: each service ships idempotent migrations under {@code db/demo} in its jar,
 * which the launcher applies to the service's database once the service has migrated its own schema. Quarkus fixes
 * {@code quarkus.flyway.locations} at build time, so the production jars never run them; the launcher keeps their
 * history apart, in {@code flyway_demo_history}, so the services' own Flyway history is untouched.
 */
public final class DemoData {

    static final String LOCATION = "db/demo";
    static final String HISTORY_TABLE = "flyway_demo_history";

    private DemoData() {
    }

    /**
     * Applies the service's pending demo migrations as the database's owner login; returns how many ran (0 if the
     * service ships none).
     */
    public static int load(Path appDir, String jdbcUrl, DatabaseLogins logins) {
        URL[] jars = appJars(appDir);
        if (!hasDemoEntries(jars)) {
            return 0;
        }
        try (URLClassLoader loader = new URLClassLoader(jars, DemoData.class.getClassLoader())) {
            MigrateResult result = Flyway.configure(loader)
                    .dataSource(jdbcUrl, logins.owner(), logins.ownerPassword())
                    .locations("classpath:" + LOCATION)
                    .table(HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .ignoreMigrationPatterns("*:missing")
                    .cleanDisabled(true)
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL[] appJars(Path appDir) {
        if (!Files.isDirectory(appDir)) {
            return new URL[0];
        }
        try (Stream<Path> files = Files.list(appDir)) {
            return files.filter(f -> f.toString().endsWith(".jar")).map(DemoData::url).toArray(URL[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasDemoEntries(URL[] jars) {
        for (URL jar : jars) {
            try (var zip = new java.util.zip.ZipFile(Path.of(jar.toURI()).toFile())) {
                if (zip.stream().anyMatch(e -> e.getName().startsWith(LOCATION + "/") && !e.isDirectory())) {
                    return true;
                }
            } catch (IOException | java.net.URISyntaxException e) {
                throw new IllegalStateException("Cannot read " + jar, e);
            }
        }
        return false;
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(path.toString(), e);
        }
    }
}
