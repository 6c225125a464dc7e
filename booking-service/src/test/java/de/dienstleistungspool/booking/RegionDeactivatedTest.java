package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A region the platform operator deactivated (RegionDeactivated on member-events) takes no new bookings, single or
 * emergency, and keeps what was booked; other regions book on.
 */
@QuarkusTest
class RegionDeactivatedTest {

    private static final Instant DAY = Instant.now().plus(Duration.ofDays(95)).truncatedTo(ChronoUnit.DAYS);

    @Test
    void aDeactivatedRegionTakesNoNewBookingsAndKeepsTheOldOnes() {
        UUID region = UUID.randomUUID(), owner = UUID.randomUUID(), consumer = UUID.randomUUID();
        UUID offer = PoolFeed.offer(o -> {
            o.put("regionId", region.toString());
            o.put("ownerMemberId", owner.toString());
            o.put("bufferMinutes", 0);
        });
        String dispatcher = TestTokens.clientToken("dispatcher-" + consumer, consumer, region, Roles.DISPATCHER);
        String before = as(dispatcher).body(Api.body(offer, DAY, DAY.plus(Duration.ofHours(2)))).post("/bookings")
                .then().statusCode(201).extract().path("id");

        PoolFeed.memberEvent(region, "RegionDeactivated", e -> {
            e.remove("memberId");
            e.put("regionId", region.toString());
            e.put("name", "Landkreis " + region);
        });
        as(dispatcher).body(Api.body(offer, DAY.plus(Duration.ofHours(4)), DAY.plus(Duration.ofHours(6)))).post("/bookings")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:problem:region-deactivated"));
        as(dispatcher).body(Map.of("category", "SEWER_TV_CAMERA", "sector", "WASTEWATER", "start", DAY.toString(),
                        "end", DAY.plus(Duration.ofHours(1)).toString(), "settlementMode", "NON_MONETARY",
                        "latitude", 51.19, "longitude", 10.05, "site", "Kläranlage"))
                .post("/emergency-requests").then().statusCode(409).body("type", equalTo("urn:problem:region-deactivated"));
        assertEquals(1, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
        as(dispatcher).get("/bookings/" + before).then().statusCode(200).body("status", equalTo("REQUESTED"));

        // the demo region is not affected
        Api.booked(PoolFeed.SONTRA, PoolFeed.equipment(PoolFeed.ESCHWEGE, 0), DAY, DAY.plus(Duration.ofHours(2)));
    }
}
