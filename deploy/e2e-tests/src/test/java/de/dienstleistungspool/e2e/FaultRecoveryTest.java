package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.e2e.stack.Api;
import de.dienstleistungspool.e2e.stack.Topic;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Faults in the middle of the work: the broker killed during a burst of bookings and started again, every service
 * killed with SIGKILL mid-flow and restarted, PostgreSQL restarted. Clients retry with the same Idempotency-Key, as
 * they should. Afterwards the counts match exactly: each booking has exactly its events on the topic, the pool's
 * projection and the ledger agree with the booking database, and no notification went out twice.
 */
@Order(5)
class FaultRecoveryTest extends StackTest {

    final Map<String, String> bookings = new ConcurrentHashMap<>();
    String offer;
    int slot;

    @Test
    void countsMatchExactlyAfterBrokerServiceAndDatabaseFaults() throws Exception {
        offer = createFlushingOffer("eschwege-works-staff", "Spülfahrzeug (Störfälle)");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // 1. the broker dies during a burst of 24 bookings (16 of last month, to complete them later) and comes back
            List<Future<?>> burst = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = nextSlot();
                burst.add(pool.submit(() -> create(n < 16 ? past(n) : future(n))));
                if (i == 6) {
                    STACK.killBroker();
                }
            }
            Thread.sleep(2000);
            STACK.restartBroker();
            for (Future<?> f : burst) {
                f.get();
            }
            // 2. each service killed with SIGKILL while confirmations, starts, completions and new bookings run
            List<String> past = new ArrayList<>(new TreeSet<>(bookings.keySet())).stream()
                    .filter(id -> bookings.get(id).startsWith("past")).toList();
            List<String> coming = new ArrayList<>(new TreeSet<>(bookings.keySet())).stream()
                    .filter(id -> !bookings.get(id).startsWith("past")).toList();
            assertEquals(16, past.size());
            faultDuring(pool, List.of("booking", "notification"), past.subList(0, 8), 2);
            faultDuring(pool, List.of("pool", "municipality"), past.subList(8, 16), 2);
            // 3. PostgreSQL restarted while the coming bookings are confirmed
            Future<?> flow = pool.submit(() -> coming.forEach(id -> advance(id, false)));
            Thread.sleep(300);
            STACK.restartPostgres();
            flow.get();
        } finally {
            pool.shutdownNow();
        }
        assertConsistent();
    }

    private void faultDuring(ExecutorService pool, List<String> victims, List<String> ids, int newBookings)
            throws Exception {
        List<Future<?>> flow = new ArrayList<>();
        for (String id : ids) {
            flow.add(pool.submit(() -> advance(id, true)));
        }
        for (int i = 0; i < newBookings; i++) {
            int n = nextSlot();
            flow.add(pool.submit(() -> create(future(n))));
        }
        Thread.sleep(500);
        victims.forEach(v -> STACK.service(v).kill());
        List<CompletableFuture<Double>> restarts = victims.stream()
                .map(v -> CompletableFuture.supplyAsync(() -> STACK.service(v).restart())).toList();
        for (int i = 0; i < victims.size(); i++) {
            System.out.printf("%s killed and ready again after %.1f s%n", victims.get(i), restarts.get(i).get());
        }
        for (Future<?> f : flow) {
            f.get();
        }
    }

    private synchronized int nextSlot() {
        return slot++;
    }

    static Instant past(int n) {
        return Instant.now().minus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(n, ChronoUnit.DAYS)
                .plus(7, ChronoUnit.HOURS);
    }

    static Instant future(int n) {
        return Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(n, ChronoUnit.DAYS)
                .plus(7, ChronoUnit.HOURS);
    }

    private void create(Instant start) {
        String key = "fault-create-" + start;
        Api.Reply r = retrying(() -> postIdempotent("booking", "/bookings", API.token("wanfried-dispatcher"),
                bookingBody(offer, start, start.plus(2, ChronoUnit.HOURS), "MONETARY"), key));
        assertEquals(201, r.status(), r.toString());
        bookings.put(r.json().get("id").asText(), (start.isBefore(Instant.now()) ? "past " : "future ") + start);
    }

    /** Confirms the booking; a past one is also started and completed with its usage. */
    private void advance(String id, boolean complete) {
        List<String> steps = complete ? List.of("confirm", "start", "complete") : List.of("confirm");
        for (String step : steps) {
            Object body = step.equals("complete")
                    ? Map.of("usage", Map.of("quantity", new BigDecimal("1.5"), "unit", "HOUR")) : Map.of();
            Api.Reply r = retrying(() -> postIdempotent("booking", "/bookings/" + id + "/" + step,
                    API.token("eschwege-works-staff"), body, "fault-" + step + "-" + id));
            assertEquals(200, r.status(), step + " " + id + ": " + r);
        }
    }

    /** Repeats the call (same idempotency key) while the service is down, restarting or answering 5xx. */
    static Api.Reply retrying(java.util.function.Supplier<Api.Reply> call) {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (true) {
            try {
                Api.Reply r = call.get();
                if (r.status() < 500 && r.status() != 401 || System.nanoTime() > deadline) {
                    return r;
                }
            } catch (IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void assertConsistent() {
        Set<String> ids = bookings.keySet();
        assertEquals(24 + 4, ids.size(), "every booking of the flow was created exactly once");
        String idList = ids.stream().map(i -> "'" + i + "'").collect(Collectors.joining(","));
        Map<String, String> status = toMap(DB.rows("booking", "select id, status from booking where offer_id = ?::uuid",
                offer));
        assertEquals(ids, status.keySet(), "the booking database holds exactly the bookings the clients saw");
        Map<String, List<String>> expectedEvents = new TreeMap<>();
        for (List<String> t : DB.rows("booking", "select booking_id, to_status from booking_transition "
                + "where booking_id in (" + idList + ") order by id")) {
            expectedEvents.computeIfAbsent(t.get(0), k -> new ArrayList<>()).add(eventType(t.get(1)));
        }
        long completed = status.values().stream().filter("COMPLETED"::equals).count();
        assertEquals(16, completed, "16 bookings were completed");

        Set<String> eventIds = ConcurrentHashMap.newKeySet();
        Map<String, List<String>> published = await("every event on booking-events", Duration.ofSeconds(120), () -> {
            Map<String, Map<String, String>> byBooking = new TreeMap<>();
            for (ConsumerRecord<String, String> r : Topic.readAll(STACK.kafkaAdmin(), "booking-events")) {
                var json = parse(r.value());
                String booking = json.path("bookingId").asText();
                if (ids.contains(booking)) {
                    eventIds.add(json.get("eventId").asText());
                    byBooking.computeIfAbsent(booking, k -> new TreeMap<>())
                            .put(json.get("eventId").asText(), json.get("eventType").asText());
                }
            }
            Map<String, List<String>> types = new TreeMap<>();
            byBooking.forEach((b, events) -> types.put(b, events.values().stream().sorted().toList()));
            Map<String, List<String>> expected = new TreeMap<>();
            expectedEvents.forEach((b, e) -> expected.put(b, e.stream().sorted().toList()));
            return types.equals(expected) ? types : null;
        });
        assertEquals(ids.size(), published.size());

        await("the pool's projection to agree with the booking database", Duration.ofSeconds(120), () -> toMap(
                DB.rows("pool", "select booking_id, status from busy_period where offer_id = ?::uuid", offer))
                .equals(status));
        await("one debit and one credit line per completed booking", Duration.ofSeconds(120), () -> {
            Map<String, String> lines = toMap(DB.rows("municipality", "select booking_id::text, count(*)::text "
                    + "from ledger_line where booking_id in (" + idList + ") group by booking_id"));
            return lines.size() == completed && lines.values().stream().allMatch("2"::equals);
        });
        List<String> violations = new ArrayList<>();
        String events = eventIds.stream().map(e -> "'" + e + "'").collect(Collectors.joining(","));
        try {
            await("the notification service consuming every booking event", Duration.ofSeconds(90), () -> DB.count(
                    "notification", "select count(distinct event_id) from processed_event where event_id in (" + events
                    + ")") == eventIds.size());
        } catch (AssertionError e) {
            violations.add("notification booking-events consumer stopped: " + (eventIds.size() - DB.count("notification",
                    "select count(distinct event_id) from processed_event where event_id in (" + events + ")"))
                    + " of " + eventIds.size() + " events never consumed after the faults");
        }
        await("every notification sent", Duration.ofSeconds(120), () -> DB.count("notification",
                "select count(*) from notification where booking_id in (" + idList + ") and status = 'PENDING'") == 0);
        assertEquals(0, DB.count("notification", "select count(*) from (select event_id, member_id from notification "
                + "where booking_id in (" + idList + ") group by 1, 2 having count(*) > 1) d"), "no duplicate notification");
        long mails = DB.count("notification", "select coalesce(sum(cardinality(recipients)), 0) from notification "
                + "where booking_id in (" + idList + ") and status = 'SENT'");
        long received = ids.stream().mapToLong(MAIL::mentioning).sum();
        System.out.printf("after the faults: %d bookings, %d events, %d notifications e-mailed to %d recipients, %d "
                + "e-mails received%n", ids.size(), expectedEvents.values().stream().mapToInt(List::size).sum(),
                DB.count("notification", "select count(*) from notification where booking_id in (" + idList + ")"),
                mails, received);
        assertEquals(mails, received, "GreenMail received each notification exactly once");
        violations.forEach(v -> System.out.println("  " + v));
        KnownDefects.assertOnlyKnown("faults", violations);
    }

    static String eventType(String status) {
        return switch (status) {
            case "REQUESTED" -> "BookingRequested";
            case "CONFIRMED" -> "BookingConfirmed";
            case "IN_USE" -> "BookingStarted";
            case "COMPLETED" -> "BookingCompleted";
            case "REJECTED" -> "BookingRejected";
            case "CANCELLED" -> "BookingCancelled";
            default -> "BookingNoShow";
        };
    }

    static Map<String, String> toMap(List<List<String>> rows) {
        Map<String, String> m = new TreeMap<>();
        rows.forEach(r -> m.put(r.get(0), r.get(1)));
        return m;
    }

    static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return Api.JSON.readTree(json);
        } catch (java.io.IOException e) {
            return Api.JSON.createObjectNode();
        }
    }
}
