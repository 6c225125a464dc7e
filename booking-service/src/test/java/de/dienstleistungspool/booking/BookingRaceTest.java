package de.dienstleistungspool.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Races 64 simultaneous HTTP requests for one offer with periods that all share an instant, 50 times with random
 * starts and lengths: each round books exactly one, the other 63 get 409, and the database holds no overlapping
 * pair of active bookings, buffer included.
 */
@QuarkusTest
class BookingRaceTest {

    private static final int CLIENTS = 64;
    private static final int ROUNDS = 50;
    private static final UUID[] REQUESTERS = {PoolFeed.WITZENHAUSEN, PoolFeed.SONTRA, PoolFeed.WANFRIED};

    @TestHTTPResource("/bookings")
    URL bookings;

    @Test
    void sixtyFourConcurrentRequestsForOverlappingPeriodsBookExactlyOne() throws Exception {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 30);
        Random random = new Random(20260701);
        String[] tokens = java.util.Arrays.stream(REQUESTERS).map(Api::dispatcher).toArray(String[]::new);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                // every period contains the round's pivot instant, so at most one can be booked
                Instant pivot = Instant.now().plus(Duration.ofDays(10 + 2L * round)).truncatedTo(ChronoUnit.HOURS);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    Instant from = pivot.minus(Duration.ofMinutes(1 + random.nextInt(600)));
                    Instant to = pivot.plus(Duration.ofMinutes(1 + random.nextInt(600)));
                    String token = tokens[i % tokens.length];
                    String body = "{\"offerId\":\"" + offer + "\",\"start\":\"" + from + "\",\"end\":\"" + to
                            + "\",\"settlementMode\":\"NON_MONETARY\"}";
                    HttpRequest request = HttpRequest.newBuilder(URI.create(bookings.toString()))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    answers.add(pool.submit(() -> {
                        start.await();
                        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : answers) {
                    statuses.add(f.get());
                }
                Map<Integer, Long> byStatus = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
                assertEquals(Map.of(201, 1L, 409, (long) CLIENTS - 1), byStatus, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(ROUNDS, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
        assertEquals(0, PoolFeed.count("""
                select count(*) from booking a join booking b
                  on a.offer_id = b.offer_id and a.id < b.id and a.occupied && b.occupied
                 where a.offer_id = ? and a.status in ('REQUESTED', 'CONFIRMED', 'IN_USE')
                   and b.status in ('REQUESTED', 'CONFIRMED', 'IN_USE')
                """, offer));
        assertEquals(java.util.Collections.nCopies(ROUNDS, "BookingRequested"), BookingEventsTopic.types(offer, ROUNDS),
                "one event per booking on the broker, none from a refused request");
    }
}
