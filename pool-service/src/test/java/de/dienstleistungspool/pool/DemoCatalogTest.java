package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.testinfra.TestTokens;
import de.dienstleistungspool.testinfra.TopicRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo catalog migration (enabled in tests as in the stack) loads at least 60 offers of all kinds and both
 * sectors with their OfferCreated events, and the demo members' depots so searches start from them.
 */
@QuarkusTest
class DemoCatalogTest {

    @Inject
    EntityManager em;

    @Test
    void catalogCoversKindsSectorsAndHasItsEvents() {
        assertTrue(count("select count(*) from offer where id::text like '00000000-0000-4000-c000-%'") >= 60);
        for (String kind : List.of("EQUIPMENT", "STAFF_STANDBY", "SERVICE")) {
            for (String sector : List.of("WATER_SUPPLY", "WASTEWATER")) {
                assertTrue(count("select count(*) from offer where id::text like '00000000-0000-4000-c000-%' and kind = '"
                        + kind + "' and '" + sector + "' = any(sectors)") >= 3, kind + " in " + sector);
            }
        }
        int demoOffers = (int) count("select count(*) from offer where id::text like '00000000-0000-4000-c000-%'");
        assertEquals(demoOffers, TopicRecords.matching("pool-events", r -> "OfferCreated".equals(TopicRecords.header(r, "event-type"))
                && String.valueOf(TopicRecords.header(r, "event-id")).startsWith("00000000-0000-4000-e000-")
                && r.key().startsWith("00000000-0000-4000-c000-"), demoOffers, Duration.ofSeconds(60)).size(),
                "every demo offer's OfferCreated is on the broker");
        assertEquals(0L, count("select count(*) from offer where kind = 'STAFF_STANDBY' and id::text like '00000000-0000-4000-c000-%' "
                + "and not exists (select 1 from offer_window w where w.offer_id = offer.id)"));
        assertEquals(19L, count("select count(*) from member_depot where depot_id::text like '00000000-0000-4000-d000-%'"));
    }

    @Test
    void aWanfriedDispatcherFindsTheNearestFlushingServiceFromItsDepot() {
        // Wanfried's depot is in the projection; the nearest SEWER_FLUSHING services are Eschwege's, then the AV Wehretal's
        given().auth().oauth2(TestTokens.token(java.util.UUID.fromString("00000000-0000-4000-b000-000000000007"), TestData.WMK, "dispatcher"))
                .queryParam("from", "2027-03-01T06:00:00Z").queryParam("to", "2027-03-01T14:00:00Z")
                .queryParam("category", "SEWER_FLUSHING").get("/search").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(4))
                .body("items[0].offer.ownerMemberId", equalTo("00000000-0000-4000-b000-000000000001"))
                .body("items[1].offer.ownerMemberId", equalTo("00000000-0000-4000-b000-000000000018"));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
