package de.dienstleistungspool.e2e.stack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A second instance of each of the four services beside the first (same database, broker and settings, a port of its
 * own), and a client that, like a load balancer in front of them, sends each call to one instance and, when that one is
 * down, restarting or answering 5xx, repeats it on the other with the same Idempotency-Key.
 */
public final class TwoInstances {

    public static final List<String> SERVICES = List.of("municipality", "pool", "booking", "notification");
    private static final Duration GIVE_UP = Duration.ofSeconds(240);
    private final E2eStack stack;

    public TwoInstances(E2eStack stack) {
        this.stack = stack;
    }

    /** Starts the second instance of every service at once and waits until all four are ready; returns their seconds. */
    public Map<String, Double> start() {
        List<Service> second = SERVICES.stream().map(s -> stack.startInstance(s, 2)).toList();
        List<CompletableFuture<Double>> ready = second.stream()
                .map(s -> CompletableFuture.supplyAsync(() -> s.awaitReady(E2eStack.READY))).toList();
        Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        for (int i = 0; i < second.size(); i++) {
            seconds.put(second.get(i).name, ready.get(i).join());
        }
        return seconds;
    }

    /** Stops the second instances again (the tests after this one run against one instance each). */
    public void stop() {
        SERVICES.forEach(s -> stack.stopInstance(s, 2));
    }

    /** The key of instance 1 or 2 of a service: {@code booking} or {@code booking-2}. */
    public static String instance(String service, int n) {
        return n == 1 ? service : service + "-" + n;
    }

    public Service service(String service, int n) {
        return stack.service(instance(service, n));
    }

    /**
     * Sends the call to instance {@code first} (1 or 2) of the service and, while the answer is a failure a load
     * balancer would retry (no connection, 5xx, or 401 from an instance still fetching the signing keys), to the
     * other and back, pausing a little between rounds; the call itself must repeat its request unchanged (same key).
     */
    public static Api.Reply either(String service, int first, Function<String, Api.Reply> call) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        int n = first;
        while (true) {
            try {
                Api.Reply r = call.apply(instance(service, n));
                if (r.status() < 500 && r.status() != 401 || System.nanoTime() > deadline) {
                    return r;
                }
            } catch (IllegalStateException e) { // connection refused or reset: the instance is down
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            n = 3 - n;
            if (n == first) {
                Service.sleep(300);
            }
        }
    }
}
