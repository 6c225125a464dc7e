package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A blackout over bookings that stand: refused with 409 naming them when the owner asks for it, otherwise accepted
 * (booking-service withdraws them); a withdrawn booking frees the offer and counts against its owner in utilisation.
 */
@QuarkusTest
class BlackoutOnBookingsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aBlackoutIsRefusedWhileBookingsStandOrListsTheBookingsItWithdraws() {
        UUID region = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        String staff = TestTokens.token(owner, region, "works-staff");
        String accounting = TestTokens.token(UUID.randomUUID(), region, "accounting");
        UUID offer = TestData.createOffer(staff, TestData.equipment("Spülfahrzeug", 51.2, 10.0));
        YearMonth month = YearMonth.now(BERLIN).plusMonths(1);
        Instant start = month.atDay(10).atTime(7, 0).atZone(BERLIN).toInstant();
        Instant end = start.plus(Duration.ofHours(8));
        UUID booking = UUID.randomUUID();
        TestData.produce("booking-events", "offerId", TestData.bookingEvent("BookingConfirmed", "CONFIRMED", booking,
                offer, owner, UUID.randomUUID(), start, end, Instant.now()).put("regionId", region.toString()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> TestData.availability(staff, offer, start.toString(),
                end.toString()).body("free", hasSize(0)));
        String body = "{\"start\":\"" + start.minus(Duration.ofHours(1)) + "\",\"end\":\"" + end + "\",\"reason\":\"Motorschaden\"";

        given().auth().oauth2(staff).contentType("application/json").body(body + ",\"onBookings\":\"REFUSE\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers/" + offer + "/blackouts").then().statusCode(409)
                .body("type", equalTo("urn:problem:blackout-hits-bookings")).body("detail", containsString(booking.toString()));
        given().auth().oauth2(staff).contentType("application/json").body(body + "}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers/" + offer + "/blackouts").then().statusCode(201)
                .body("hitBookings", hasSize(1)).body("hitBookings[0].bookingId", equalTo(booking.toString()));

        TestData.produce("booking-events", "offerId", TestData.bookingEvent("BookingWithdrawn", "WITHDRAWN", booking,
                offer, owner, UUID.randomUUID(), start, end, Instant.now()).put("regionId", region.toString()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(accounting)
                .queryParam("year", month.getYear()).queryParam("groupBy", "member").get("/utilisation").then()
                .statusCode(200)
                .body("rows.find { it.key == '" + owner + "' && it.period == '" + month + "' }.withdrawals", equalTo(1))
                .body("rows.find { it.key == '" + owner + "' && it.period == '" + month + "' }.bookedHours", equalTo(0.0f)));
    }
}
