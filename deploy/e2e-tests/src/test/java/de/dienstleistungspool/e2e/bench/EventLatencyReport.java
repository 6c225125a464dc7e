package de.dienstleistungspool.e2e.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The event latency benchmark's section of docs/BENCHMARKS.md, as Markdown (the same text is printed). */
final class EventLatencyReport {

    /** What one run measured. */
    record Figures(int clients, int bookings, double seconds, Stats toPool, Stats toNotification, Stats notifyFloor,
            double eventsPerRound, double roundsPerSecond, int cpus, String loadBefore, String loadAtStart,
            String loadAtEnd) {
    }

    private EventLatencyReport() {
    }

    static String markdown(Figures f) {
        return String.join("\n",
                EventLatencyBenchmark.SECTION_START,
                "## Event latency under load (`EventLatencyBenchmark`)",
                "",
                "`EventLatencyBenchmark` (deploy/e2e-tests, `bench/`) starts the same stack as `StackBenchmark`, switches on",
                "PostgreSQL's `track_commit_timestamp` (a restart: the services and the relays' listening connections",
                "reconnect), lets " + f.clients() + " closed-loop clients create bookings over HTTP (one offer each, after "
                        + EventLatencyBenchmark.WARMUP + " bookings of",
                "warm-up) and times every measured booking from its commit in booking-service to the commit of the consumer's",
                "transaction: pool-service's busy period, notification-service's inbox row of the event. Both times are",
                "PostgreSQL's commit timestamps on the same server, so nothing polls and every booking is a sample: outbox",
                "relay (woken by the commit), Kafka, consumer. The floor beside it is a LISTEN/NOTIFY round trip between two",
                "connections, sampled every 10 ms under the same load.",
                "",
                String.format("Run %s on %d CPUs shared with other builds; load average before the stack started: %s;",
                        Instant.now().truncatedTo(ChronoUnit.SECONDS), f.cpus(), f.loadBefore()),
                String.format("at the start of the measured load: %s; at its end: %s. The whole run took %%TOTAL%% s.",
                        f.loadAtStart(), f.loadAtEnd()),
                "",
                "| path, " + f.clients() + " clients creating bookings | n | p50 ms | p90 ms | p99 ms | max ms |",
                "|---|---:|---:|---:|---:|---:|",
                row("booking → pool projection (`busy_period`)", f.toPool()),
                row("booking → notification (inbox of `notification`)", f.toNotification()),
                row("floor: LISTEN/NOTIFY round trip, same load", f.notifyFloor()),
                "",
                String.format("%,d bookings in %.1f s (%.0f/s); booking-service's relay published %.1f events per round",
                        f.bookings(), f.seconds(), f.bookings() / f.seconds(), f.eventsPerRound()),
                String.format("(%.0f rounds/s; `outbox_relay_batch` from its /q/metrics).", f.roundsPerSecond()),
                "",
                "```",
                "./mvnw -q -DskipTests install        # the services' quarkus-app and deploy/stack",
                "./mvnw -o -q -pl deploy/e2e-tests -Pevent-bench test-compile exec:exec",
                "# options: -Dbench.clients=8 -Dbench.samples=2000 -Dbench.warmup=2000",
                "```",
                EventLatencyBenchmark.SECTION_END,
                "");
    }

    private static String row(String path, Stats s) {
        return String.format("| %s | %,d | %.1f | %.1f | %.1f | %.1f |", path, s.count(), s.p50(), s.p(90), s.p99(),
                s.p(100));
    }
}
