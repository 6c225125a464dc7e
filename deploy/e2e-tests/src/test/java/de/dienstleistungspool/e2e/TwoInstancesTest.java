package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.e2e.stack.Api;
import de.dienstleistungspool.e2e.stack.TwoInstances;
import de.dienstleistungspool.e2e.stack.WebhookReceiver;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Two instances of every service side by side, as the manifests run them: same databases and broker, each with its
 * own outbox relay, consumers in one group per service, every scheduler on both. Bookings go through both booking
 * instances (each step of a booking through the other instance than the step before) while one instance of each
 * service after the other is killed with SIGKILL and started again; clients repeat a failed call on the other instance
 * with the same Idempotency-Key. Afterwards every effect is counted exactly ({@link ExactlyOnce}).
 */
@Order(7)
class TwoInstancesTest extends StackTest {

    private static final TwoInstances INSTANCES = new TwoInstances(STACK);
    private static final List<String> VICTIMS = List.of("booking-1", "pool-2", "notification-1", "municipality-2");
    /** Bookings made per phase: the clients start a phase's bookings, its instance is killed among them. */
    private static final int PER_KILL = 24;
    private static final Duration PACE = Duration.ofMillis(500);
    private static final List<String> GROUPS = List.of("municipality-service", "pool-service", "booking-service",
            "notification-service");

    private final Map<String, String> bookings = new ConcurrentHashMap<>(); // id to offer
    private final AtomicInteger slots = new AtomicInteger();
    private final AtomicInteger quota = new AtomicInteger();
    private final List<String> offers = new ArrayList<>();
    private final Map<String, Instant> killedAt = new ConcurrentHashMap<>();

    /** Each service's consumer group as it was before the second instances joined. */
    private static final Map<String, Long> MEMBERS_BEFORE = new java.util.TreeMap<>();

    /**
     * Stops the second instances and waits until every consumer group is back to its members from before, so the
     * tests after this one do not wait for partitions held by an instance that is gone (a killed and restarted
     * instance leaves its old member behind until Kafka's session timeout).
     */
    @AfterAll
    static void stopSecondInstances() {
        INSTANCES.stop();
        if (!MEMBERS_BEFORE.isEmpty()) {
            await("every consumer group back to its members from before the test", Duration.ofSeconds(120),
                    () -> groupMembers().equals(MEMBERS_BEFORE) && allStable());
        }
    }

    @Test
    void everyEffectHappensExactlyOnceWhileOneInstanceOfEachServiceIsKilledInTurn() throws Exception {
        long t0 = System.nanoTime();
        Map<String, Long> members = groupMembers();
        MEMBERS_BEFORE.putAll(members);
        System.out.println("second instances ready after " + INSTANCES.start() + " s");
        await("the second instances' consumers in their services' groups", Duration.ofSeconds(120), () -> {
            Map<String, Long> now = groupMembers();
            return GROUPS.stream().allMatch(g -> now.get(g) == 2 * members.get(g));
        });
        // two offers created through each pool instance
        for (int i = 0; i < 4; i++) {
            offers.add(createOffer(i % 2 + 1, "Spülfahrzeug (zwei Instanzen) " + i));
        }
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Api.Reply hook = TwoInstances.either("notification", 2, n -> postIdempotent(n, "/webhooks",
                    API.token("wanfried-member-admin"), Map.of("url", receiver.url(), "eventTypes",
                            List.of("BookingRequested", "BookingConfirmed", "BookingCompleted")), "two-hook"));
            assertEquals(201, hook.status(), hook.toString());
            String endpoint = hook.json().get("webhook").get("id").asText();

            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                work.add(clients.submit(() -> {
                    int n;
                    while ((n = nextSlot()) >= 0) {
                        lifecycle(n);
                        Thread.sleep(PACE.toMillis()); // spread each phase's bookings over its kill and restart
                    }
                    return null;
                }));
            }
            try {
                for (String victim : VICTIMS) {
                    killAndRestart(victim);
                }
                for (Future<?> f : work) {
                    f.get();
                }
            } finally {
                clients.shutdownNow();
            }
            System.out.printf("%d bookings through two instances of each service, %d kills, in %.1f s%n",
                    bookings.size(), VICTIMS.size(), (System.nanoTime() - t0) / 1e9);
            new ExactlyOnce(bookings, offers, endpoint, receiver, killedAt.get("notification")).assertAll();
        }
        System.out.printf("two-instance test done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Lets the clients make the next {@link #PER_KILL} bookings, kills the instance once a third of them are made
     * (the rest run into the kill and the restart), and starts it again.
     */
    private void killAndRestart(String victim) {
        int before = quota.get();
        quota.addAndGet(PER_KILL);
        await("bookings before killing " + victim, Duration.ofSeconds(240), () -> bookings.size() >= before + PER_KILL / 3);
        String[] parts = victim.split("-");
        var service = INSTANCES.service(parts[0], Integer.parseInt(parts[1]));
        killedAt.put(parts[0], Instant.now());
        service.kill();
        System.out.printf("%s killed with %d bookings made%n", victim, bookings.size());
        double seconds = service.restart();
        System.out.printf("%s ready again after %.1f s, %d bookings made%n", victim, seconds, bookings.size());
    }

    /** The next booking's number once the current phase allows it, or -1 when every phase's bookings are handed out. */
    private int nextSlot() throws InterruptedException {
        while (true) {
            int n = slots.get();
            if (n >= PER_KILL * VICTIMS.size()) {
                return -1;
            }
            if (n < quota.get() && slots.compareAndSet(n, n + 1)) {
                return n;
            }
            Thread.sleep(100);
        }
    }

    private String createOffer(int instance, String title) {
        Api.Reply r = TwoInstances.either("pool", instance, p -> postIdempotent(p, "/offers",
                API.token("eschwege-works-staff"), Map.of("kind", "SERVICE", "category", "SEWER_FLUSHING", "title", title,
                        "sectors", new String[] {"WASTEWATER"}, "unit", "HOUR", "bufferMinutes", 0,
                        "settlementModes", new String[] {"MONETARY", "NON_MONETARY"}, "autoConfirm", false,
                        "capacityPerDay", 8), "two-offer-" + UUID.nameUUIDFromBytes(title.getBytes(StandardCharsets.UTF_8))));
        assertEquals(201, r.status(), r.toString());
        String id = r.json().get("id").asText();
        await("the offer in the booking service", Duration.ofSeconds(60),
                () -> DB.count("booking", "select count(*) from offer where offer_id = ?::uuid", id) == 1);
        return id;
    }

    /**
     * One booking from request to completion (one day of last month on one of the offers, so it can be completed now),
     * each step through the other booking instance than the step before.
     */
    private void lifecycle(int n) {
        String offer = offers.get(n % offers.size());
        Instant start = Instant.now().minus(2 + n / offers.size(), ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS)
                .plus(7, ChronoUnit.HOURS);
        int first = n % 2 + 1;
        Api.Reply created = TwoInstances.either("booking", first, b -> postIdempotent(b, "/bookings",
                API.token("wanfried-dispatcher"), bookingBody(offer, start, start.plus(2, ChronoUnit.HOURS), "MONETARY"),
                "two-create-" + offer + "-" + start));
        assertEquals(201, created.status(), created.toString());
        String id = created.json().get("id").asText();
        bookings.put(id, offer);
        List<String> steps = List.of("confirm", "start", "complete");
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            Object body = step.equals("complete")
                    ? Map.of("usage", Map.of("quantity", new BigDecimal("1.5"), "unit", "HOUR")) : Map.of();
            Api.Reply r = TwoInstances.either("booking", (first + i) % 2 + 1, b -> postIdempotent(b,
                    "/bookings/" + id + "/" + step, API.token("eschwege-works-staff"), body, "two-" + step + "-" + id));
            assertEquals(200, r.status(), step + " " + id + ": " + r);
        }
    }

    /** Whether every service's consumer group has finished rebalancing (its partitions are assigned again). */
    private static boolean allStable() {
        try (Admin admin = Admin.create(STACK.kafkaAdmin())) {
            return admin.describeConsumerGroups(GROUPS).all().get().values().stream()
                    .allMatch(d -> d.groupState() == org.apache.kafka.common.GroupState.STABLE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Members of each service's consumer group, as the broker sees them. */
    private static Map<String, Long> groupMembers() {
        try (Admin admin = Admin.create(STACK.kafkaAdmin())) {
            Map<String, Long> out = new java.util.TreeMap<>();
            admin.describeConsumerGroups(GROUPS).all().get().forEach((g, d) -> out.put(g, (long) d.members().size()));
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
