package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;

import de.dienstleistungspool.testinfra.IdempotentRetry;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Offers and blackouts are created once per Idempotency-Key: a retried request creates one thing and answers the same,
 * the same key for another request is 422, a request without a key 400.
 */
@QuarkusTest
class IdempotentCreateTest {

    static final UUID OWNER = UUID.randomUUID();
    static final String STAFF = TestTokens.token(OWNER, TestData.WMK, "works-staff");

    @Inject
    EntityManager em;

    @Test
    void aRetriedOfferIsCreatedOnce() {
        IdempotentRetry.createsOnce(key -> offer(key, "Hochdruckreiniger"), this::offers);
        IdempotentRetry.reusedKeyIsRefused(key -> offer(key, "Rüttelplatte"), key -> offer(key, "Rüttelplatte groß"),
                this::offers);
        IdempotentRetry.keyIsRequired(key -> offer(key, "Stromerzeuger"), this::offers);
    }

    @Test
    void aRetriedBlackoutIsCreatedOnce() {
        UUID offer = TestData.createOffer(STAFF, TestData.equipment("Kanalkamera Wartung", 51.2, 10.0));
        Instant start = Instant.now().plus(50, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        IdempotentRetry.createsOnce(key -> blackout(key, offer, start, "TÜV"), () -> blackouts(offer));
        Instant later = start.plus(10, ChronoUnit.DAYS);
        IdempotentRetry.reusedKeyIsRefused(key -> blackout(key, offer, later, "Reparatur"),
                key -> blackout(key, offer, later.plus(3, ChronoUnit.DAYS), "Reparatur"), () -> blackouts(offer));
        IdempotentRetry.keyIsRequired(key -> blackout(key, offer, later.plus(20, ChronoUnit.DAYS), "x"), () -> blackouts(offer));
    }

    private Response offer(String key, String title) {
        var request = given().auth().oauth2(STAFF).contentType("application/json")
                .body(TestData.equipment(title, 51.2, 10.0).toString());
        return (key == null ? request : request.header("Idempotency-Key", key)).post("/offers");
    }

    private Response blackout(String key, UUID offer, Instant start, String reason) {
        var request = given().auth().oauth2(STAFF).contentType("application/json")
                .body("{\"start\":\"" + start + "\",\"end\":\"" + start.plus(1, ChronoUnit.DAYS) + "\",\"reason\":\"" + reason + "\"}");
        return (key == null ? request : request.header("Idempotency-Key", key)).post("/offers/" + offer + "/blackouts");
    }

    private long offers() {
        return count("select count(*) from offer where owner_member_id = ?1", OWNER);
    }

    private long blackouts(UUID offer) {
        return count("select count(*) from blackout where offer_id = ?1", offer);
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, id)
                .getSingleResult()).longValue());
    }
}
