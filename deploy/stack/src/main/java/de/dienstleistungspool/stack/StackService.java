package de.dienstleistungspool.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One of the Quarkus applications as the stack runs it (the four services and the portal): its module, HTTP port,
 * database (none for the portal) and the settings it needs locally (the local SMTP server, plain-HTTP webhooks to
 * receivers on this machine, the portal's session key and plain-http cookies).
 */
public record StackService(String name, String module, int port, String database, Map<String, String> settings) {

    /** Plain-text logs for the people reading {@code .stack/logs} (production writes JSON lines). */
    static final String PLAIN_TEXT_LOGS = "-Dquarkus.log.console.json.enabled=false";

    /** Settings every service gets in the stack. */
    static final Map<String, String> COMMON = Map.of(
            "quarkus.http.host", "localhost",
            // a laptop busy with the start of seven JVMs may take more than the default 5 s to hand out a connection
            "quarkus.datasource.jdbc.acquisition-timeout", "PT30S",
            "quarkus.flyway.connect-retries", "10");

    /**
     * municipality-service's local secrets (development only, published here like the demo county's
     * {@code demo-secret}): the key that encrypts the signing keys in its database, and the platform operator client
     * {@code platform-operator} with the secret {@code demo-secret}.
     */
    public static final Map<String, String> MUNICIPALITY = Map.of(
            "identity.key-encryption-key", "9snKbwdvPJMe4r1VS1LJz8KnNgRy/T2VERVSlpm36u4=",
            "identity.operator.secret-hash",
            "pbkdf2-sha256$10000$TRSMPNZd8GqctW2qOj4fdw$vW5e5zAfaZaLVQYhIVID1JWRHygWln5C41hhJnUsPjs");

    /** The services in start-up order (municipality first: the others fetch its JWKS to verify tokens), then the portal. */
    public static List<StackService> all(StackLayout layout) {
        return List.of(
                new StackService("municipality-service", "municipality-service", 8081, "municipality", MUNICIPALITY),
                new StackService("pool-service", "pool-service", 8082, "pool", Map.of()),
                new StackService("booking-service", "booking-service", 8083, "booking", Map.of()),
                new StackService("notification-service", "notification-service", 8084, "notification", Map.of(
                        "quarkus.mailer.host", "localhost",
                        "quarkus.mailer.port", String.valueOf(layout.smtpPort()),
                        // the profile that lets webhooks reach receivers on this machine (refused in prod)
                        "quarkus.profile", "local")),
                new StackService("portal", "deploy/portal", 8080, null, Map.of(
                        "portal.session.encryption-key", layout.portalSessionKey(),
                        "portal.session.secure-cookie", "false")));
    }

    /** Whether the application has a database (and demo data) of its own; the portal has none. */
    public boolean hasDatabase() {
        return database != null;
    }

    /** The fast-jar launcher the service's build produces. */
    public Path runner(StackLayout layout) {
        return layout.inRepo(module + "/target/quarkus-app/quarkus-run.jar");
    }

    /** The folder holding the service's own jar (with its db/demo migrations). */
    public Path appDir(StackLayout layout) {
        return layout.inRepo(module + "/target/quarkus-app/app");
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The service's database logins. */
    public DatabaseLogins logins() {
        return DatabaseLogins.local(database);
    }

    /**
     * The settings that connect a service to its database: the service login for its requests and consumers, the
     * owner login for Flyway only.
     */
    public static Map<String, String> databaseSettings(DatabaseLogins logins) {
        return Map.of(
                "quarkus.datasource.username", logins.service(),
                "quarkus.datasource.password", logins.servicePassword(),
                "quarkus.flyway.username", logins.owner(),
                "quarkus.flyway.password", logins.ownerPassword());
    }

    /**
     * The JVM arguments: memory-lean options, the settings as system properties (the service's database logins and
     * its broker login among them), the jar.
     */
    public List<String> jvmArguments(StackLayout layout, KafkaLogins kafka, List<String> jvmOptions) {
        List<String> args = new ArrayList<>(jvmOptions);
        args.add(PLAIN_TEXT_LOGS);
        if (hasDatabase()) {
            new TreeMap<>(COMMON).forEach((k, v) -> args.add("-D" + k + "=" + v));
            new TreeMap<>(databaseSettings(logins())).forEach((k, v) -> args.add("-D" + k + "=" + v));
            kafka.serviceSettings(name).forEach((k, v) -> args.add("-D" + k + "=" + v));
        } else {
            args.add("-Dquarkus.http.host=" + COMMON.get("quarkus.http.host"));
        }
        Set<String> declared = declaredKeys(layout.inRepo(module + "/target/classes/application.properties"));
        new TreeMap<>(settings).forEach((k, v) -> {
            // a @ConfigMapping rejects keys it does not know, so pass only what the service's build still declares
            if (declared.contains(k) || k.startsWith("quarkus.")) {
                args.add("-D" + k + "=" + v);
            }
        });
        args.add("-jar");
        args.add(runner(layout).toString());
        return args;
    }

    /** The keys an application.properties sets, in any profile ({@code %dev.a.b=} counts as {@code a.b}). */
    static Set<String> declaredKeys(Path properties) {
        if (!Files.isRegularFile(properties)) {
            return Set.of();
        }
        try {
            return Files.readAllLines(properties).stream()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains("="))
                    .map(l -> l.substring(0, l.indexOf('=')).trim())
                    .map(k -> k.startsWith("%") && k.contains(".") ? k.substring(k.indexOf('.') + 1) : k)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }
}
