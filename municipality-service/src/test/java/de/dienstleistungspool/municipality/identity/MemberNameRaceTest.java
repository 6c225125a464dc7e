package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.testinfra.TopicRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent admissions of one name in one region: the database's unique constraint lets exactly one through. */
@QuarkusTest
class MemberNameRaceTest {

    @Inject
    EntityManager em;

    @Test
    void sixteenConcurrentAdmissionsOfOneNameGiveOneMemberAndFifteenConflicts() throws Exception {
        TestCounty county = new TestCounty(em);
        String token = county.coordinator();
        String name = "Stadt Wettlauf " + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("name", name, "kind", "MUNICIPALITY", "sectors", List.of("WATER_SUPPLY")))
                        .header("Idempotency-Key", UUID.randomUUID().toString()).post("/members").statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(15, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from member where name = ?1").setParameter(1, name).getSingleResult()).longValue()));
        assertEquals(1, TopicRecords.matching("member-events", r -> "MemberJoined".equals(TopicRecords.header(r, "event-type"))
                && r.value().contains(name), 1, Duration.ofSeconds(30)).size(), "exactly one MemberJoined on the broker");
    }
}
