package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
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
 * The coordinator reads every booking of its region (list with filters, one booking, its history) and changes none:
 * every step answers 403 and leaves the booking as it was; another region's coordinator sees nothing.
 */
@QuarkusTest
class CoordinatorViewTest {

    private static final UUID POOL_OFFICE = UUID.fromString("00000000-0000-4000-b000-0000000000c0");
    private static final Instant DAY = Instant.now().plus(Duration.ofDays(100)).truncatedTo(ChronoUnit.DAYS);

    @Test
    void theCoordinatorListsTheRegionsBookingsAndGets403OnChangingOne() {
        UUID offer = DispatchOffers.at(PoolFeed.ESCHWEGE, "SEWER_TV_CAMERA", 51.188, 10.053, DispatchOffers.nothing());
        UUID wanfried = Api.booked(PoolFeed.WANFRIED, offer, DAY, DAY.plus(Duration.ofHours(3)));
        UUID sontra = Api.booked(PoolFeed.SONTRA, offer, DAY.plus(Duration.ofHours(5)), DAY.plus(Duration.ofHours(7)));
        String coordinator = TestTokens.token(POOL_OFFICE, PoolFeed.REGION, Roles.COORDINATOR);

        as(coordinator).queryParam("offerId", offer.toString()).get("/region/bookings").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", hasItems(wanfried.toString(), sontra.toString()));
        as(coordinator).queryParam("memberId", PoolFeed.SONTRA.toString()).queryParam("offerId", offer.toString())
                .queryParam("status", "REQUESTED").get("/region/bookings").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(sontra.toString()));
        as(coordinator).get("/bookings/" + wanfried).then().statusCode(200).body("status", equalTo("REQUESTED"));
        as(coordinator).get("/bookings/" + wanfried + "/history").then().statusCode(200).body("[0].to", equalTo("REQUESTED"));
        as(coordinator).queryParam("status", "NOPE").get("/region/bookings").then().statusCode(400);

        for (String step : new String[] {"cancel", "confirm", "reject", "withdraw", "start"}) {
            as(coordinator).body(Map.of("reason", "Koordination")).post("/bookings/" + wanfried + "/" + step)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        as(coordinator).body(Map.of("end", DAY.plus(Duration.ofHours(4)).toString())).post("/bookings/" + wanfried + "/extend")
                .then().statusCode(403);
        assertEquals(1, PoolFeed.count("select count(*) from booking where id = ? and status = 'REQUESTED' and end_at = ?",
                wanfried, DAY.plus(Duration.ofHours(3)).atOffset(java.time.ZoneOffset.UTC)));
        assertEquals(1, PoolFeed.count("select count(*) from booking_transition where booking_id = ?", wanfried));

        String otherCounty = TestTokens.token(UUID.randomUUID(), PoolFeed.OTHER_REGION, Roles.COORDINATOR);
        as(otherCounty).get("/bookings/" + wanfried).then().statusCode(404);
        as(otherCounty).get("/region/bookings").then().statusCode(200).body("items.id", not(hasItem(wanfried.toString())));
        as(Api.dispatcher(PoolFeed.WITZENHAUSEN)).get("/region/bookings").then().statusCode(403);
    }
}
