package de.dienstleistungspool.testinfra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads from {@code /proc} (Linux) how much CPU time the service JVM, this benchmark JVM (load generator and Kafka
 * broker) and the PostgreSQL processes have used, so a case's CPU per operation can be split by process.
 */
public final class CpuMeter {

    private final long servicePid;

    public CpuMeter(long servicePid) {
        this.servicePid = servicePid;
    }

    /** CPU milliseconds used so far by each process group: service, benchmark JVM, PostgreSQL. */
    public Map<String, Long> snapshot() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("service", cpuMillis(servicePid));
        m.put("bench JVM", cpuMillis(ProcessHandle.current().pid()));
        long pg = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && isPostgres(p)) {
                    // with the reaped children's time, so a backend or autovacuum worker that exits keeps counting
                    pg += Math.max(0, cpuMillis(Long.parseLong(name), true));
                }
            }
        } catch (IOException e) {
            pg = -1;
        }
        m.put("PostgreSQL", pg);
        return m;
    }

    /** The CPU per operation of each group between two snapshots, e.g. "service 1.10 ms, ...". */
    public static String perOperation(Map<String, Long> before, Map<String, Long> after, long operations) {
        StringBuilder s = new StringBuilder();
        long total = 0;
        for (String k : before.keySet()) {
            long d = after.get(k) - before.get(k);
            total += d;
            s.append(String.format("%s %.3f ms, ", k, (double) d / operations));
        }
        return s.append(String.format("total %.3f ms", (double) total / operations)).toString();
    }

    private static boolean isPostgres(Path proc) {
        try {
            return Files.readString(proc.resolve("comm")).strip().equals("postgres");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** CPU time (user + system) of a process, in milliseconds; -1 if it is gone. */
    public static long cpuMillis(long pid) {
        return cpuMillis(pid, false);
    }

    /** As {@link #cpuMillis(long)}, optionally with the time of its exited children that it waited for. */
    public static long cpuMillis(long pid, boolean withReapedChildren) {
        try {
            String[] f = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceFirst("^.*\\) ", "").split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (withReapedChildren) {
                ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return ticks * 10; // clock ticks of 10 ms
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
