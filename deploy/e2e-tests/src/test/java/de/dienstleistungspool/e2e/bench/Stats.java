package de.dienstleistungspool.e2e.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency samples in milliseconds and their percentiles. */
final class Stats {

    private final List<Double> millis = new ArrayList<>();

    void add(long nanos) {
        millis.add(nanos / 1e6);
    }

    int count() {
        return millis.size();
    }

    double p(double percentile) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    double p50() {
        return p(50);
    }

    double p99() {
        return p(99);
    }

    /** Times one run of the action. */
    static long time(Runnable action) {
        long t0 = System.nanoTime();
        action.run();
        return System.nanoTime() - t0;
    }
}
