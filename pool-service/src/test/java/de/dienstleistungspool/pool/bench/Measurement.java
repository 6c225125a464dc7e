package de.dienstleistungspool.pool.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Runs one workload at N concurrent clients for a fixed time and reports latency percentiles and throughput. */
final class Measurement {

    /** One operation of a workload; throws on a failed call (counted as an error). */
    interface Operation {
        void run() throws Exception;
    }

    /** One operation that needs its client's own JDBC connection. */
    interface JdbcOperation {
        void run(Connection c) throws Exception;
    }

    record Result(String name, long operations, long errors, double seconds, double p50Millis, double p99Millis) {
        double throughput() {
            return operations / seconds;
        }
    }

    private Measurement() {
    }

    static Result run(String name, int clients, Duration warmup, Duration measure, Operation op) throws Exception {
        return runWithConnections(name, clients, warmup, measure, null, c -> op.run());
    }

    static Result runWithConnections(String name, int clients, Duration warmup, Duration measure, String jdbcUrl,
                                     JdbcOperation op) throws Exception {
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long warmEnd = System.nanoTime() + warmup.toNanos();
        long end = warmEnd + measure.toNanos();
        for (int i = 0; i < clients; i++) {
            long[][] holder = new long[1][];
            perClient.add(null);
            int index = i;
            Thread t = new Thread(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                try (Connection c = jdbcUrl == null ? null : DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= end) {
                            break;
                        }
                        try {
                            op.run(c);
                        } catch (Exception e) {
                            if (errors.incrementAndGet() == 1) {
                                System.err.println(name + ": " + e);
                            }
                            continue;
                        }
                        if (start >= warmEnd) {
                            if (n == lat.length) {
                                lat = Arrays.copyOf(lat, n * 2);
                            }
                            lat[n++] = System.nanoTime() - start;
                        }
                    }
                } catch (Exception e) {
                    System.err.println(name + " client failed: " + e);
                }
                synchronized (perClient) {
                    perClient.set(index, Arrays.copyOf(lat, n));
                }
            }, name + "-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = perClient.stream().filter(a -> a != null).flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = measure.toNanos() / 1e9;
        return new Result(name, all.length, errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static void print(List<Result> results, int clients) {
        System.out.printf("%n| workload (%d clients) | ops | errors | throughput/s | p50 ms | p99 ms |%n", clients);
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            System.out.printf("| %s | %,d | %d | %.0f | %.2f | %.2f |%n", r.name(), r.operations(), r.errors(), r.throughput(),
                    r.p50Millis(), r.p99Millis());
        }
        System.out.println();
        for (int i = 0; i + 1 < results.size(); i += 2) {
            Result http = results.get(i);
            Result raw = results.get(i + 1);
            System.out.printf("%s: HTTP/raw throughput %.0f %%, p50 %.2fx, p99 %.2fx the raw latency%n",
                    http.name().replace(" HTTP", ""), 100 * http.throughput() / raw.throughput(),
                    http.p50Millis() / raw.p50Millis(), http.p99Millis() / raw.p99Millis());
        }
    }
}
