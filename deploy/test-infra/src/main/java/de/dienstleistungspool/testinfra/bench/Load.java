package de.dienstleistungspool.testinfra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an operation from a number of closed-loop clients for a warm-up and a measured period and reports throughput
 * and latency percentiles of the measured period.
 */
public final class Load {

    /** One operation; any exception fails the run. */
    public interface Op {
        void run() throws Exception;
    }

    /** Operations per second and latency percentiles in milliseconds. */
    public record Result(double throughput, double p50, double p99, String cpu, Duration tail) {
    }

    private Load() {
    }

    /** Work that belongs to the measured operations but finishes after them (e.g. relaying their events). */
    public interface Tail {
        /** Waits for that work; returns how long it took. */
        Duration await() throws Exception;
    }

    public static Result run(int clients, Duration warmup, Duration measure, Op op) throws Exception {
        return run(clients, warmup, measure, op, null);
    }

    /** As {@link #run(int, Duration, Duration, Op)}, also splitting the measured period's CPU per operation by process. */
    public static Result run(int clients, Duration warmup, Duration measure, Op op, CpuMeter cpu) throws Exception {
        return run(clients, warmup, measure, op, cpu, () -> Duration.ZERO);
    }

    /**
     * As {@link #run(int, Duration, Duration, Op, CpuMeter)}, and the tail is part of the measurement: its CPU counts
     * and its duration is added to the measured period, so throughput is what the system sustains with that work done.
     */
    public static Result run(int clients, Duration warmup, Duration measure, Op op, CpuMeter cpu, Tail tail) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        return Arrays.copyOf(latencies, n);
                    }
                    op.run();
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && n < latencies.length) {
                        latencies[n++] = t1 - t0;
                    }
                }
            }));
        }
        Map<String, Long> cpuBefore = null;
        if (cpu != null) {
            Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
            cpuBefore = cpu.snapshot();
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        Duration tailTime = tail.await();
        Map<String, Long> cpuAfter = cpu == null ? null : cpu.snapshot();
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        String split = cpu == null ? "" : CpuMeter.perOperation(cpuBefore, cpuAfter, Math.max(1, merged.length));
        double seconds = measure.plus(tailTime).toNanos() / 1e9;
        return new Result(merged.length / seconds, percentile(merged, 0.50), percentile(merged, 0.99), split, tailTime);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
