package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Admissions racing the region's deactivation: the database serialises them on the region row, so every member that
 * got in joined before the deactivation, and every admission after it was refused.
 */
@QuarkusTest
class DeactivationRaceTest {

    @Inject
    EntityManager em;

    @Test
    void noMemberJoinsADeactivatedRegionWhateverTheInterleaving() throws Exception {
        TestCounty county = new TestCounty(em);
        UUID region = county.newRegion();
        String coordinator = TestTokens.token(UUID.randomUUID(), region, Roles.COORDINATOR);
        String operator = SigningKeyProtectionTest.operatorToken();
        ExecutorService pool = Executors.newFixedThreadPool(13);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> admissions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            admissions.add(pool.submit(() -> {
                start.await();
                return given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                        .body(Map.of("name", "Gemeinde " + UUID.randomUUID(), "kind", "MUNICIPALITY", "sectors", List.of("WATER_SUPPLY")))
                        .header("Idempotency-Key", UUID.randomUUID().toString()).post("/members").statusCode();
            }));
        }
        Future<Integer> deactivation = pool.submit(() -> {
            start.await();
            return given().auth().oauth2(operator).post("/regions/" + region + "/deactivation").statusCode();
        });
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> a : admissions) {
            statuses.add(a.get());
        }
        assertEquals(200, deactivation.get());
        pool.shutdown();
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        long admitted = statuses.stream().filter(s -> s == 201).count();
        assertEquals(admitted, count("select count(*) from member where region_id = ?1", region), statuses.toString());
        assertEquals(0L, count("select count(*) from member m join region r on r.id = m.region_id "
                + "where r.id = ?1 and m.joined_at >= r.deactivated_at", region), "nobody joined after the deactivation");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("name", "Gemeinde danach", "kind", "MUNICIPALITY", "sectors", List.of("WATER_SUPPLY")))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/members").then().statusCode(409);
    }

    private long count(String sql, UUID region) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, region)
                .getSingleResult()).longValue());
    }
}
