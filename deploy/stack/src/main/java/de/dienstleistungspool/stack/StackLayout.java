package de.dienstleistungspool.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where the stack keeps its state ({@code .stack/} in the repository: PostgreSQL data, broker data, logs, process
 * ids) and on which ports its servers listen, so every component and the printed summary agree.
 */
public record StackLayout(Path root, Path stateDir, int postgresPort, int kafkaPort, int kafkaControllerPort,
        int smtpPort, int imapPort, int mailApiPort) {

    /** The ports the services' application.properties expect (PostgreSQL 55432, Kafka 59092, SMTP 3025). */
    public static StackLayout standard(Path root) {
        return new StackLayout(root, root.resolve(".stack"), 55432, 59092, 59093, 3025, 3143, 8025);
    }

    public Path postgresData() {
        return stateDir.resolve("pg");
    }

    public Path kafkaDir() {
        return stateDir.resolve("kafka");
    }

    public Path logs() {
        return stateDir.resolve("logs");
    }

    public Path log(String name) {
        return logs().resolve(name + ".log");
    }

    /** The class-data sharing archive of one of the stack's JVMs. */
    public Path cds(String name) {
        return stateDir.resolve("cds").resolve(name + ".jsa");
    }

    /** The file listing the child processes of the running (or last) launcher, for cleaning up after a crash. */
    public Path pidFile() {
        return stateDir.resolve("children.pids");
    }

    /**
     * The portal's session cookie key (32 random bytes, base64), made once per state folder and kept, so a restart
     * of the stack keeps people signed in and {@code --fresh} signs everybody out.
     */
    public String portalSessionKey() {
        Path file = stateDir.resolve("portal-session.key");
        try {
            if (!Files.isRegularFile(file)) {
                byte[] key = new byte[32];
                new java.security.SecureRandom().nextBytes(key);
                Files.createDirectories(stateDir);
                Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the portal's session key in " + file, e);
        }
    }

    /** A jar or file below the repository root. */
    public Path inRepo(String relative) {
        return root.resolve(relative);
    }

    /** Creates the state folders; with {@code fresh} it first deletes everything kept from earlier runs. */
    public void prepare(boolean fresh) {
        try {
            if (fresh && Files.exists(stateDir)) {
                deleteRecursively(stateDir);
            }
            Files.createDirectories(logs());
            Files.createDirectories(kafkaDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + stateDir, e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
