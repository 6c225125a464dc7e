package de.dienstleistungspool.stack;

import de.dienstleistungspool.platform.messaging.KafkaRights;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;

/**
 * The logins of a stack's broker: the administrator (SASL PLAIN, the broker's one super user: the launcher, the
 * end-to-end tests' tools and {@code deploy/dead-letters.sh}) and one SCRAM-SHA-512 login per service principal of
 * {@link KafkaRights}. Each password is random, made once per state folder and kept in {@code logins.properties}
 * beside the broker's data (readable by its owner only), so a restart keeps them and {@code --fresh} makes new ones.
 */
public final class KafkaLogins {

    /** The administrator's user name. */
    public static final String ADMIN = "admin";
    static final String FILE = "logins.properties";
    /** The client settings file of the administrator, for {@code deploy/dead-letters.sh --config}. */
    static final String ADMIN_CLIENT_FILE = "admin.properties";

    private final Map<String, String> passwords;

    private KafkaLogins(Map<String, String> passwords) {
        this.passwords = passwords;
    }

    /** The logins kept in {@code dir}, the missing ones made anew ({@link #store} keeps them). */
    public static KafkaLogins keptIn(Path dir) {
        Path file = dir.resolve(FILE);
        Properties kept = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                kept.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the broker's logins in " + file, e);
            }
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put(ADMIN, kept.getProperty(ADMIN, newPassword()));
        KafkaRights.SERVICES.forEach(p -> passwords.put(p.name(), kept.getProperty(p.name(), newPassword())));
        return new KafkaLogins(passwords);
    }

    /** Writes the passwords and the administrator's client settings file into {@code dir}, readable by the owner only. */
    public void store(Path dir) throws IOException {
        Files.createDirectories(dir);
        Properties all = new Properties();
        all.putAll(passwords);
        writePrivate(dir.resolve(FILE), w -> all.store(w, "the stack broker's logins (deploy/stack KafkaLogins)"));
        Properties admin = new Properties();
        admin.putAll(adminClientConfig());
        writePrivate(dir.resolve(ADMIN_CLIENT_FILE), w -> admin.store(w, "the stack broker's administrator"));
    }

    /** The password of the administrator or of a service principal. */
    public String password(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("The stack's broker has no login " + user);
        }
        return password;
    }

    /** Client settings (without {@code bootstrap.servers}) that sign in as the administrator. */
    public Map<String, String> adminClientConfig() {
        return Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", plainJaas(false));
    }

    /** The {@code kafka.*} settings that sign a service in as its own principal. */
    public Map<String, String> serviceSettings(String principal) {
        Map<String, String> settings = new TreeMap<>();
        KafkaRights.clientConfig(principal, password(principal)).forEach((k, v) -> settings.put("kafka." + k, v));
        return settings;
    }

    /** Gives every service principal its SCRAM credential and its ACLs; {@code admin} must sign in as the administrator. */
    public void grant(Admin admin) {
        KafkaRights.apply(admin, this::password);
    }

    /**
     * The PLAIN login module's options: the administrator's user name and password (what the broker sends to its own
     * controller listener) and, on the broker's side, the one PLAIN user it accepts.
     */
    String plainJaas(boolean broker) {
        String password = password(ADMIN);
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                + "\" password=\"" + password + "\"" + (broker ? " user_" + ADMIN + "=\"" + password + "\"" : "") + ";";
    }

    /** Writes a file only its owner may read (the broker's settings, which hold the administrator's password). */
    static void writePrivate(Path file, IoWriter content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        try (Writer w = Files.newBufferedWriter(tmp)) {
            content.write(w);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** What {@link #writePrivate} writes. */
    @FunctionalInterface
    interface IoWriter {
        void write(Writer w) throws IOException;
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
