package de.dienstleistungspool.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
        int stopped = 0;
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] parts = line.trim().split(" ");
                    if (parts.length == 2 && stopIfJava(Long.parseLong(parts[1]))) {
                        stopped++;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                System.err.println("Ignoring unreadable " + file + ": " + e.getMessage());
            }
            clear();
        }
        OptionalLong postmaster = StackPostgres.postmasterPid(postgresData);
        if (postmaster.isPresent() && stopIf(postmaster.getAsLong(), "postgres")) {
            stopped++;
        }
        return stopped;
    }

    private static boolean stopIfJava(long pid) {
        return stopIf(pid, "java");
    }

    private static boolean stopIf(long pid, String commandContains) {
        var handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty() || !commandOf(pid).contains(commandContains)) {
            return false;
        }
        System.out.println("Stopping " + commandContains + " process " + pid + " left over from an earlier run");
        handle.get().destroy();
        try {
            handle.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.get().destroyForcibly();
        }
        return true;
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
