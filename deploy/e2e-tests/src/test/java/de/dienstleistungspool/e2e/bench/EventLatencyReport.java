package de.dienstleistungspool.e2e.bench;

import de.dienstleistungspool.testinfra.bench.BenchmarkDoc;
import java.util.ArrayList;
import java.util.List;

/** The event latency benchmark's section of docs/BENCHMARKS.md, as Markdown (the same text is printed). */
final class EventLatencyReport {

    /** What one measured phase gave. */
    record Phase(String label, int bookings, double seconds, Stats toKafka, Stats toPool, Stats toNotification, Stats notifyFloor,
            double eventsPerRound, double roundsPerSecond, String loadAtStart, String loadAtEnd) {
    }

    private EventLatencyReport() {
    }

    static String markdown(int clients, String loadBefore, List<Phase> phases) {
        List<String> lines = new ArrayList<>(List.of(
                "## Event latency under load (`EventLatencyBenchmark`)",
                "",
                "`EventLatencyBenchmark` (deploy/e2e-tests, `bench/`) starts the same stack as `StackBenchmark`, switches on",
                "PostgreSQL's `track_commit_timestamp` (a restart: the services and the relays' listening connections",
                "reconnect), and lets " + clients + " clients create bookings over HTTP (one offer each; "
                        + EventLatencyBenchmark.WARMUP + " bookings of warm-up",
                "first). It times every measured booking from its commit in booking-service to the commit of the consumer's",
                "transaction: pool-service's busy period, notification-service's inbox row of the event. Both are",
                "PostgreSQL's commit timestamps on the same server, so nothing polls and every booking is a sample: outbox",
                "relay (woken by the commit), Kafka, consumer. The relay's share alone ends at the Kafka record's timestamp,",
                "which the relay's producer sets when it sends. The floor beside them is a LISTEN/NOTIFY round trip between",
                "two connections, sampled every 10 ms under the same load. Two phases of " + EventLatencyBenchmark.SAMPLES
                        + " bookings each: paced (each client",
                "on its own schedule), then as fast as the clients can, where the consumers (one transaction per event,",
                "one event after the other) fall behind and the latency becomes their queue.",
                "",
                BenchmarkDoc.machine(loadBefore),
                "The whole run took %TOTAL% s.",
                "",
                "| clients create bookings | path | n | p50 ms | p90 ms | p99 ms | max ms |",
                "|---|---|---:|---:|---:|---:|---:|"));
        for (Phase p : phases) {
            lines.add(row(p.label(), "booking → Kafka (the relay's share; record timestamp, whole ms)", p.toKafka()));
            lines.add(row("", "booking → pool projection (`busy_period`)", p.toPool()));
            lines.add(row("", "booking → notification (inbox of `notification`)", p.toNotification()));
            lines.add(row("", "floor: LISTEN/NOTIFY round trip, same load", p.notifyFloor()));
        }
        lines.add("");
        lines.add("| clients create bookings | bookings/s reached | relay events per round | relay rounds/s | load average at start → end |");
        lines.add("|---|---:|---:|---:|---|");
        for (Phase p : phases) {
            lines.add(String.format("| %s | %.0f | %.1f | %.0f | %s → %s |", p.label(), p.bookings() / p.seconds(),
                    p.eventsPerRound(), p.roundsPerSecond(), p.loadAtStart(), p.loadAtEnd()));
        }
        lines.addAll(List.of(
                "",
                "Relay figures are booking-service's `outbox_relay_batch` (count and sum) from its `/q/metrics`.",
                "",
                "```",
                "deploy/bench.sh events   # options: -Dbench.clients=8 -Dbench.samples=2000 -Dbench.warmup=2000 -Dbench.rate=50",
                "```",
                ""));
        return String.join("\n", lines);
    }

    private static String row(String phase, String path, Stats s) {
        return String.format("| %s | %s | %,d | %.1f | %.1f | %.1f | %.1f |", phase, path, s.count(), s.p50(), s.p(90),
                s.p99(), s.p(100));
    }
}
