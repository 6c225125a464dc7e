package de.dienstleistungspool.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Remembers the launcher's child processes in {@code .stack/children.pids}, so that a launcher killed without its
 * shutdown hook (SIGKILL, a closed terminal) leaves nothing running that the next start would trip over.
 */
public final class PidFile {

    private final Path file;

    public PidFile(Path file) {
        this.file = file;
    }

    public synchronized void record(ChildProcess child) {
        try {
            Files.writeString(file, child.name() + " " + child.pid() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("Cannot record the pid of " + child.name() + ": " + e.getMessage());
        }
    }

    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("Cannot delete " + file + ": " + e.getMessage());
        }
    }

    /**
     * Stops the processes a previous launcher left behind: its child JVMs first (so no client holds the database),
     * then the PostgreSQL server recorded in the data folder. Returns how many it stopped.
     */
    public int stopLeftovers(Path postgresData) {
        List<ProcessHandle> children = new ArrayList<>();
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] parts = line.trim().split(" ");
                    if (parts.length == 2) {
                        terminate(Long.parseLong(parts[1]), "java").ifPresent(children::add);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                System.err.println("Ignoring unreadable " + file + ": " + e.getMessage());
            }
            children.forEach(PidFile::awaitExit);
            clear();
        }
        OptionalLong postmaster = StackPostgres.postmasterPid(postgresData);
        if (postmaster.isPresent()) {
            terminate(postmaster.getAsLong(), "postgres").ifPresent(pg -> {
                awaitExit(pg);
                children.add(pg);
            });
        }
        return children.size();
    }

    /** Sends SIGTERM to the process if it is alive and its command line contains the word. */
    private static Optional<ProcessHandle> terminate(long pid, String commandContains) {
        var handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty() || !commandOf(pid).contains(commandContains)) {
            return Optional.empty();
        }
        System.out.println("Stopping " + commandContains + " process " + pid + " left over from an earlier run");
        handle.get().destroy();
        return handle;
    }

    private static void awaitExit(ProcessHandle handle) {
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    private static String commandOf(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ProcessHandle.of(pid).flatMap(h -> h.info().command()).orElse("");
        }
    }
}
