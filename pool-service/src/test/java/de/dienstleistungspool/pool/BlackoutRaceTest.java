package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Concurrent overlapping blackouts for one offer: exactly one wins, the others get 409, none overlap in the database. */
@QuarkusTest
class BlackoutRaceTest {

    @Inject
    EntityManager em;

    @Test
    void overlappingBlackoutsRacedOverHttpLeaveExactlyOne() throws Exception {
        String staff = TestTokens.token(UUID.randomUUID(), TestData.WMK, "works-staff");
        UUID offer = TestData.createOffer(staff, TestData.equipment("Kanalkamera Rennen", 51.2, 10.0));
        Instant base = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        int clients = 16;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Instant start = base.plus(i, ChronoUnit.HOURS);
            String body = "{\"start\":\"" + start + "\",\"end\":\"" + start.plus(20, ChronoUnit.HOURS) + "\",\"reason\":\"Wartung " + i + "\"}";
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return given().auth().oauth2(staff).contentType("application/json").body(body)
                        .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers/" + offer + "/blackouts").statusCode();
            }, pool));
        }
        go.countDown();
        List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(clients - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from blackout where offer_id = ?1").setParameter(1, offer).getSingleResult()).longValue());
        assertEquals(1L, rows);
    }
}
