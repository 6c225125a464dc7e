package de.dienstleistungspool.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The memory the whole stack holds: the resident set (VmRSS) of the launcher, its child JVMs and every PostgreSQL
 * process, summed from {@code /proc}, and the proportional set size (Pss), which counts shared pages once; plus the
 * CPU time those processes have used, which says what the start costs independently of other load on the machine.
 */
public record MemoryReport(int processes, long rssKib, long pssKib, Map<String, Long> rssKibByGroup,
        double cpuSeconds) {

    /** Measures the launcher, its descendants and the postmaster with its backends (Linux only; zeros elsewhere). */
    public static MemoryReport measure(Map<Long, String> namedPids, OptionalLong postmaster) {
        Map<Long, String> groups = new LinkedHashMap<>();
        groups.put(ProcessHandle.current().pid(), "launcher");
        ProcessHandle.current().descendants()
                .forEach(p -> groups.putIfAbsent(p.pid(), groupOf(p, namedPids)));
        postmaster.ifPresent(pid -> {
            groups.put(pid, "postgresql");
            ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                    .forEach(p -> groups.put(p.pid(), "postgresql"));
        });
        long rss = 0;
        long pss = 0;
        int count = 0;
        double cpu = 0;
        Map<String, Long> byGroup = new LinkedHashMap<>();
        for (var entry : groups.entrySet()) {
            long r = statusField(entry.getKey(), "VmRSS:");
            if (r <= 0) {
                continue;
            }
            count++;
            cpu += ProcessHandle.of(entry.getKey()).flatMap(h -> h.info().totalCpuDuration())
                    .map(d -> d.toMillis() / 1000.0).orElse(0.0);
            rss += r;
            pss += pss(entry.getKey());
            byGroup.merge(entry.getValue(), r, Long::sum);
        }
        return new MemoryReport(count, rss, pss, byGroup, cpu);
    }

    private static String groupOf(ProcessHandle p, Map<Long, String> namedPids) {
        for (ProcessHandle h = p; h != null; h = h.parent().orElse(null)) {
            String name = namedPids.get(h.pid());
            if (name != null) {
                return name;
            }
        }
        return "other";
    }

    static long statusField(long pid, String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(pid), "status"))) {
            return lines.filter(l -> l.startsWith(field)).findFirst().map(MemoryReport::kib).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static long pss(long pid) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup"));
            return lines.stream().filter(l -> l.startsWith("Pss:")).findFirst().map(MemoryReport::kib).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    public String summary() {
        StringBuilder s = new StringBuilder(String.format("%,d MiB RSS in %d processes (PSS %,d MiB), %.0f s CPU:",
                rssKib / 1024, processes, pssKib / 1024, cpuSeconds));
        rssKibByGroup.forEach((group, kib) -> s.append(String.format(" %s %,d", group, kib / 1024)));
        return s.toString();
    }
}
