package de.dienstleistungspool.e2e.bench;

import de.dienstleistungspool.testinfra.bench.BenchmarkDoc;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's section of docs/BENCHMARKS.md, as Markdown (the same text is printed). */
final class Report {

    private final List<String> rows = new ArrayList<>();
    private final List<String> startup = new ArrayList<>();
    private String environment = "";
    private String after = "";
    private String postgres = "";

    void environment(String load) {
        environment = BenchmarkDoc.machine(load);
    }

    void loadAfter(String load, double seconds) {
        after = String.format("Load average at the end: %s; the whole run (stack start included) took %.0f s.", load,
                seconds);
    }

    void row(String what, Stats stack, Stats pg, String baseline) {
        rows.add(String.format("| %s | %d | %.1f | %.1f | %s | %.2f | %.2f | %.0f× | %.0f× |", what, stack.count(),
                stack.p50(), stack.p99(), baseline, pg.p50(), pg.p99(), stack.p50() / pg.p50(), stack.p99() / pg.p99()));
    }

    void startup(String service, double seconds, long rssMib) {
        startup.add(String.format("| %s | %.1f | %d |", service, seconds, rssMib));
    }

    void postgres(double seconds, long rssMib) {
        postgres = String.format("| PostgreSQL 17 (baseline: restart, postmaster + backends) | %.1f | %d |", seconds,
                rssMib);
    }

    String markdown() {
        return String.join("\n",
                "## The whole stack (`StackBenchmark`)",
                "",
                "Measured by `StackBenchmark` (deploy/e2e-tests/src/test/java/.../bench) against the real stack: embedded",
                "PostgreSQL 17, the Kafka broker process, GreenMail and the four services started from their",
                "`quarkus-run.jar` (-Xmx256m each), over HTTP with demo-client tokens. Every figure stands next to the same",
                "work done directly in PostgreSQL over one JDBC connection in the same run (scratch database `bench` of the",
                "same server), and the ratio says what the services add (HTTP, JSON, JWT, validation, transactions,",
                "outbox, Kafka hop, consumer transaction). Latencies in milliseconds, sequential requests (one client);",
                "with n = 40 the p99 is the slowest sample, so it mostly shows the shared machine's hiccups.",
                "",
                environment,
                after,
                "",
                "| Operation | n | stack p50 | stack p99 | raw PostgreSQL baseline | PG p50 | PG p99 | ratio p50 | ratio p99 |",
                "|---|---|---|---|---|---|---|---|---|",
                String.join("\n", rows),
                "",
                "Event latency is measured from the 201 of `POST /bookings` until the row is visible in the consumer's",
                "database (pool `busy_period`, notification `notification`), polled every 2 ms: outbox relay, broker, consumer.",
                "",
                "| Start-up | seconds to ready | RSS MiB |",
                "|---|---|---|",
                String.join("\n", startup),
                postgres,
                "",
                "Service start is measured from the JVM launch to `/q/health/ready` = 200 while the four services start",
                "in parallel (Flyway migrations included); RSS is read from `/proc/<pid>/status` after the run's start.",
                "",
                "```",
                "deploy/bench.sh stack   # options: -Dbench.n=40",
                "```",
                "",
                "It starts its own stack on free ports with fresh state in `deploy/e2e-tests/target/bench-stack`, prints",
                "this section and rewrites it in this file. On a busy machine the absolute figures drop; the ratios are",
                "the point.",
                "");
    }
}
