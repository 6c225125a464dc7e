package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A validly signed token is still refused when its claims contradict pool-service's member directory (the
 * projection of member-events): a member claimed for another county, or a member that has left.
 */
@QuarkusTest
class ClaimsCrossCheckTest {

    @Inject
    EntityManager em;

    @Test
    void aTokenNamingAKnownMemberWithAnotherRegionOrAfterItLeftIsRefused() {
        UUID member = UUID.randomUUID();
        UUID region = UUID.randomUUID();
        UUID otherRegion = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into member (member_id, region_id,"
                + " name, status, last_event_at) values (?1, ?2, 'Stadt Probe', 'ACTIVE', now())")
                .setParameter(1, member).setParameter(2, region).executeUpdate());
        String ownRegion = TestTokens.token(member, region, "works-staff");
        String claimsOtherCounty = TestTokens.token(member, otherRegion, "works-staff");

        awaitStatus(claimsOtherCounty, 401);
        given().auth().oauth2(claimsOtherCounty).get("/offers").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("urn:problem:contradicted-claims"));
        given().auth().oauth2(ownRegion).get("/offers").then().statusCode(200);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update member set status = 'LEFT' where member_id = ?1").setParameter(1, member).executeUpdate());
        awaitStatus(ownRegion, 401);
    }

    /** The directory is mirrored in memory every 2 s. */
    private static void awaitStatus(String token, int status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (given().auth().oauth2(token).get("/offers").statusCode() != status) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("GET /offers never answered " + status);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
