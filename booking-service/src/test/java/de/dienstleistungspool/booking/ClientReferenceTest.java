package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.dispatcher;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The client's own reference (order number and cost centre) is kept on a booking and on every booking of a series,
 * and refused where it would break a single-line field of a statement or invoice.
 */
@QuarkusTest
class ClientReferenceTest {

    private static final Instant DAY = Instant.now().plus(Duration.ofDays(300)).truncatedTo(ChronoUnit.DAYS);

    @Test
    void aBookingKeepsTheClientsReference() {
        UUID offer = PoolFeed.offer(o -> o.put("ownerMemberId", PoolFeed.ESCHWEGE.toString()));
        Map<String, Object> body = new HashMap<>(Api.body(offer, DAY, DAY.plus(Duration.ofHours(4))));
        body.put("externalReference", "  BA-2027/0815  ");
        body.put("costCentre", "7.5380.520000");
        String id = as(dispatcher(PoolFeed.WANFRIED)).body(body).post("/bookings").then().statusCode(201)
                .body("externalReference", equalTo("BA-2027/0815"))
                .body("costCentre", equalTo("7.5380.520000"))
                .extract().path("id");
        as(dispatcher(PoolFeed.WANFRIED)).get("/bookings/" + id).then().statusCode(200)
                .body("externalReference", equalTo("BA-2027/0815"));

        Map<String, Object> plain = new HashMap<>(Api.body(offer, DAY.plus(Duration.ofDays(1)),
                DAY.plus(Duration.ofDays(1)).plus(Duration.ofHours(4))));
        as(dispatcher(PoolFeed.WANFRIED)).body(plain).post("/bookings").then().statusCode(201)
                .body("externalReference", nullValue()).body("costCentre", nullValue());
    }

    @Test
    void everyBookingOfASeriesCarriesTheReference() {
        UUID offer = PoolFeed.offer(o -> o.put("ownerMemberId", PoolFeed.ESCHWEGE.toString()));
        Instant first = DAY.plus(Duration.ofDays(10));
        Map<String, Object> series = Map.of("offerId", offer.toString(), "settlementMode", "NON_MONETARY",
                "externalReference", "Rota Q3", "costCentre", "HHSt 1.2.3",
                "periods", List.of(Map.of("start", first.toString(), "end", first.plus(Duration.ofHours(2)).toString()),
                        Map.of("start", first.plus(Duration.ofDays(7)).toString(),
                                "end", first.plus(Duration.ofDays(7)).plus(Duration.ofHours(2)).toString())));
        as(dispatcher(PoolFeed.WANFRIED)).body(series).post("/booking-series").then().statusCode(201)
                .body("bookings", hasSize(2))
                .body("bookings.externalReference", everyItem(equalTo("Rota Q3")))
                .body("bookings.costCentre", everyItem(equalTo("HHSt 1.2.3")));
        assertEquals(2L, PoolFeed.count("select count(*) from booking where offer_id = ? and external_reference = 'Rota Q3'"
                + " and cost_centre = 'HHSt 1.2.3'", offer));
    }

    @Test
    void aReferenceThatIsNotOneShortLineIsRefusedAndNothingIsBooked() {
        UUID offer = PoolFeed.offer(o -> o.put("ownerMemberId", PoolFeed.ESCHWEGE.toString()));
        // a line break is unprocessable text (422), an overlong reference a malformed request (400)
        for (Map.Entry<String, Integer> bad : Map.of("BA-1\r\nBcc: x@example.org", 422, "x".repeat(65), 400).entrySet()) {
            for (String field : List.of("externalReference", "costCentre")) {
                Map<String, Object> body = new HashMap<>(Api.body(offer, DAY.plus(Duration.ofDays(20)),
                        DAY.plus(Duration.ofDays(20)).plus(Duration.ofHours(4))));
                body.put(field, bad.getKey());
                as(dispatcher(PoolFeed.WANFRIED)).body(body).post("/bookings").then().statusCode(bad.getValue())
                        .contentType(containsString("application/problem+json"))
                        .body("violations.field", everyItem(containsString(field)));
            }
        }
        assertEquals(0L, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
    }
}
