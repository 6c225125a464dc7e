package de.dienstleistungspool.testinfra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A benchmark program's own section of docs/BENCHMARKS.md: the machine line every section starts with, and the
 * rewrite of the section between its two marker comments, so the file always holds each program's latest run.
 */
public final class BenchmarkDoc {

    private BenchmarkDoc() {
    }

    /** The marker line before a program's section. */
    public static String start(String program) {
        return "<!-- " + program + " writes this section -->";
    }

    /** The marker line after a program's section. */
    public static String end(String program) {
        return "<!-- end of the " + program + " section -->";
    }

    /** The load average as {@code /proc/loadavg} gives it (1, 5 and 15 minutes), or "unknown" off Linux. */
    public static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** "Run 2026-12-07T21:00:00Z on 2 CPUs; load average (1, 5, 15 min) at the start: 0.50 0.60 0.70." */
    public static String machine(String loadAtStart) {
        return String.format("Run %s on %d CPUs; load average (1, 5, 15 min) at the start: %s.",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), loadAtStart);
    }

    /**
     * Prints the section and writes it into docs/BENCHMARKS.md of the project root, replacing the program's previous
     * section (or appending it when there is none). The section is framed by {@link #start} and {@link #end} here.
     */
    public static void write(String program, String body) {
        String section = start(program) + "\n" + body.strip() + "\n" + end(program) + "\n";
        System.out.println();
        System.out.println(section);
        Path doc = projectRoot().resolve("docs/BENCHMARKS.md");
        try {
            String text = Files.readString(doc);
            int from = text.indexOf(start(program));
            int to = text.indexOf(end(program));
            String updated = from < 0 || to < from
                    ? text.stripTrailing() + "\n\n" + section
                    : text.substring(0, from) + section + text.substring(Math.min(text.length(), to + end(program).length() + 1));
            Files.writeString(doc, updated);
            System.out.println("Written into " + doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + doc, e);
        }
    }

    /**
     * The project's root: {@code maven.multiModuleProjectDirectory} (set by the Maven wrapper for {@code exec:java}),
     * {@code e2e.root} (passed to forked benchmark JVMs), else the first directory upwards that has docs/BENCHMARKS.md.
     */
    static Path projectRoot() {
        for (String property : new String[] {"maven.multiModuleProjectDirectory", "e2e.root"}) {
            String value = System.getProperty(property);
            if (value != null && Files.exists(Path.of(value, "docs", "BENCHMARKS.md"))) {
                return Path.of(value);
            }
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("docs/BENCHMARKS.md"))) {
                return p;
            }
        }
        throw new IllegalStateException("docs/BENCHMARKS.md not found above " + Path.of("").toAbsolutePath());
    }
}
