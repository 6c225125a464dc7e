package de.dienstleistungspool.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.platform.idempotency.IdempotencyKeyExpiry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A retried POST with the same Idempotency-Key returns the first result (status, body, Location) and writes nothing
 * more, also when the retries run concurrently; the same key with another body is refused; a POST without a key too.
 */
@QuarkusTest
class IdempotencyTest {

    @Inject
    IdempotencyKeyExpiry expiry;

    private static final Instant DAY = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.DAYS);

    @Test
    void retryReturnsTheFirstResultAndBooksOnce() {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        String token = Api.dispatcher(PoolFeed.WITZENHAUSEN);
        Map<String, Object> body = Api.body(offer, DAY, DAY.plus(Duration.ofHours(5)));
        Response first = send(token, "key-" + offer, body, "/bookings");
        Response retry = send(token, "key-" + offer, body, "/bookings");
        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(null, first.header("Idempotent-Replayed"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(1, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
        assertEquals(List.of("BookingRequested"), BookingEventsTopic.types(offer, 1), "one event on the broker");

        UUID id = UUID.fromString(first.path("id"));
        String owner = Api.worksStaff(PoolFeed.ESCHWEGE);
        Response confirmed = send(owner, "confirm-" + id, Map.of("reason", "ok"), "/bookings/" + id + "/confirm");
        Response again = send(owner, "confirm-" + id, Map.of("reason", "ok"), "/bookings/" + id + "/confirm");
        assertEquals(200, again.statusCode());
        assertEquals(confirmed.body().asString(), again.body().asString());
        assertEquals(2, PoolFeed.count("select count(*) from booking_transition where booking_id = ?", id));
    }

    @Test
    void aRetriedSeriesBooksItsDatesOnce() {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        String token = Api.dispatcher(PoolFeed.WITZENHAUSEN);
        Map<String, Object> body = Map.of("offerId", offer.toString(), "settlementMode", "NON_MONETARY", "periods", List.of(
                Map.of("start", DAY.toString(), "end", DAY.plus(Duration.ofHours(4)).toString()),
                Map.of("start", DAY.plus(Duration.ofDays(7)).toString(), "end", DAY.plus(Duration.ofDays(7)).plus(Duration.ofHours(4)).toString())));
        Response first = send(token, "series-" + offer, body, "/booking-series");
        Response retry = send(token, "series-" + offer, body, "/booking-series");
        assertEquals(201, first.statusCode(), first.body().asString());
        assertEquals(201, retry.statusCode());
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(2, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
        // the same key with skipConflicts is another request
        given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", "series-" + offer)
                .queryParam("skipConflicts", true).body(body).post("/booking-series")
                .then().statusCode(422).body("type", equalTo("urn:problem:idempotency-key-reused"));
    }

    @Test
    void sameKeyWithAnotherBodyIs422AndChangesNothing() {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        String token = Api.dispatcher(PoolFeed.WITZENHAUSEN);
        send(token, "reused-" + offer, Api.body(offer, DAY, DAY.plus(Duration.ofHours(5))), "/bookings")
                .then().statusCode(201);
        send(token, "reused-" + offer, Api.body(offer, DAY.plus(Duration.ofDays(1)), DAY.plus(Duration.ofDays(1)).plus(Duration.ofHours(5))), "/bookings")
                .then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:problem:idempotency-key-reused"));
        assertEquals(1, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
    }

    @Test
    void aRefusedRequestLeavesNoClaimSoTheCorrectedRequestRunsUnderTheSameKey() {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        String token = Api.dispatcher(PoolFeed.WITZENHAUSEN);
        send(token, "first-" + offer, Api.body(offer, DAY, DAY.plus(Duration.ofHours(5))), "/bookings")
                .then().statusCode(201);
        Map<String, Object> overlapping = Api.body(offer, DAY.plus(Duration.ofHours(1)), DAY.plus(Duration.ofHours(6)));
        send(token, "second-" + offer, overlapping, "/bookings").then().statusCode(409)
                .body("type", equalTo("urn:problem:booking-overlap"));
        assertEquals(0, PoolFeed.count("select count(*) from idempotent_request where idempotency_key = ?", "second-" + offer));
        // the same request again is refused again (not replayed from a stored claim), and nothing was written
        send(token, "second-" + offer, overlapping, "/bookings").then().statusCode(409);
        assertEquals(1, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
        assertEquals(List.of("BookingRequested"), BookingEventsTopic.types(offer, 1), "no event from the refused requests");
        Map<String, Object> corrected = Api.body(offer, DAY.plus(Duration.ofDays(1)), DAY.plus(Duration.ofDays(1)).plus(Duration.ofHours(5)));
        send(token, "second-" + offer, corrected, "/bookings").then().statusCode(201);
        assertEquals(2, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
    }

    @Test
    void postWithoutKeyIsRefused() {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        given().auth().oauth2(Api.dispatcher(PoolFeed.WITZENHAUSEN)).contentType("application/json")
                .body(Api.body(offer, DAY, DAY.plus(Duration.ofHours(5)))).post("/bookings")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:problem:idempotency-key-required"));
        assertEquals(0, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
    }

    @Test
    void concurrentRetriesOfOneKeyBookOnceAndAllGetTheFirstAnswer() throws Exception {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        String token = Api.dispatcher(PoolFeed.WITZENHAUSEN);
        Map<String, Object> body = Api.body(offer, DAY, DAY.plus(Duration.ofHours(5)));
        Set<String> bodies = new HashSet<>();
        for (Response r : concurrently(16, i -> send(token, "burst-" + offer, body, "/bookings"))) {
            assertEquals(201, r.statusCode());
            bodies.add(r.body().asString());
        }
        assertEquals(1, bodies.size());
        assertEquals(1, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
    }

    @Test
    void concurrentRequestsOfOneKeyWithDifferentBodiesBookOnceAndTheOthersAre422() throws Exception {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        String token = Api.dispatcher(PoolFeed.WITZENHAUSEN);
        // periods that do not overlap: only the key decides
        List<Integer> statuses = concurrently(16, i -> send(token, "mixed-" + offer,
                Api.body(offer, DAY.plus(Duration.ofDays(i)), DAY.plus(Duration.ofDays(i)).plus(Duration.ofHours(5))), "/bookings"))
                .stream().map(Response::statusCode).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(15, statuses.stream().filter(s -> s == 422).count(), statuses.toString());
        assertEquals(1, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
        assertEquals(List.of("BookingRequested"), BookingEventsTopic.types(offer, 1), "the losers' bookings rolled back");
    }

    @Test
    void theOpenApiDocumentSaysTheKeyIsRequired() {
        String key = "paths.'/bookings'.post.parameters.find { it.name == 'Idempotency-Key' }";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(key + ".in", equalTo("header"))
                .body(key + ".required", equalTo(true))
                .body(key + ".description", containsString("Idempotent-Replayed"));
    }

    @Test
    void keysOlderThanTheRetentionExpireAndYoungerOnesStay() throws Exception {
        UUID member = UUID.randomUUID();
        PoolFeed.execute("insert into idempotent_request (member_id, idempotency_key, fingerprint, created_at) "
                + "values (?, 'old', 'f', now() - interval '31 days'), (?, 'recent', 'f', now() - interval '29 days')",
                member, member);
        expiry.deleteOlderThan(Instant.now().minus(Duration.ofDays(30)));
        assertEquals(0, PoolFeed.count("select count(*) from idempotent_request where member_id = ? and idempotency_key = 'old'", member));
        assertEquals(1, PoolFeed.count("select count(*) from idempotent_request where member_id = ? and idempotency_key = 'recent'", member));
    }

    @Test
    void theExpiryIndexSummarizesNewPageRangesItself() {
        // without autosummarize only VACUUM summarizes the BRIN index, and the hourly job reads every newer page
        assertEquals(1, PoolFeed.count("select count(*) from pg_class where relname = 'idempotent_request_created' "
                + "and 'autosummarize=on' = any(reloptions)"));
    }

    /** Sends {@code n} requests at once (released together by a latch) and returns their responses. */
    private static List<Response> concurrently(int n, java.util.function.IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : answers) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }

    private static Response send(String token, String key, Map<String, Object> body, String path) {
        return given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", key)
                .body(body).post(path);
    }
}
