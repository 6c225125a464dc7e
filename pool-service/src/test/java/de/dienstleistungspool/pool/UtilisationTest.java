package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Booked versus bookable hours per month (Europe/Berlin), as JSON and CSV, with blackouts taken out. */
@QuarkusTest
class UtilisationTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void bookedAndBookableHoursOfNextMonth() {
        UUID region = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        String staff = TestTokens.token(owner, region, "works-staff");
        String accounting = TestTokens.token(UUID.randomUUID(), region, "accounting");
        UUID offer = TestData.createOffer(staff, TestData.equipment("Hochdruckreiniger", 51.2, 10.0));
        YearMonth month = YearMonth.now(BERLIN).plusMonths(1);
        ZonedDateTime first = month.atDay(1).atStartOfDay(BERLIN);
        Instant start = first.plusDays(9).withHour(7).toInstant();
        // an 8 h booking and a 24 h blackout inside next month
        TestData.produce("booking-events", "offerId", TestData.bookingEvent("BookingConfirmed", "CONFIRMED",
                UUID.randomUUID(), offer, owner, UUID.randomUUID(), start, start.plusSeconds(8 * 3600), Instant.now())
                .put("regionId", region.toString()));
        given().auth().oauth2(staff).contentType("application/json")
                .body("{\"start\":\"" + first.plusDays(20).toInstant() + "\",\"end\":\"" + first.plusDays(21).toInstant()
                        + "\",\"reason\":\"TÜV\"}").header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers/" + offer + "/blackouts").then().statusCode(201);
        long monthHours = Duration.between(first.toInstant(), month.plusMonths(1).atDay(1).atStartOfDay(BERLIN).toInstant()).toHours();
        String period = month.toString();
        String bookable = BigDecimal.valueOf(monthHours - 24).setScale(2).toPlainString();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(accounting)
                .queryParam("year", month.getYear()).queryParam("groupBy", "offer").get("/utilisation").then().statusCode(200)
                .body("rows.find { it.key == '" + offer + "' && it.period == '" + period + "' }.bookedHours", equalTo(8.0f)));
        given().auth().oauth2(accounting).queryParam("year", month.getYear()).get("/utilisation").then()
                .body("rows.find { it.key == '" + offer + "' && it.period == '" + period + "' }.bookableHours",
                        equalTo(Float.parseFloat(bookable)));
        given().auth().oauth2(accounting).queryParam("year", month.getYear()).queryParam("groupBy", "member")
                .queryParam("granularity", "year").get("/utilisation").then().statusCode(200)
                .body("rows.find { it.key == '" + owner + "' }.bookedHours", equalTo(8.0f));
        given().auth().oauth2(accounting).accept("text/csv").queryParam("year", month.getYear()).queryParam("groupBy", "category")
                .get("/utilisation").then().statusCode(200).contentType(containsString("text/csv"))
                .body(startsWith("key,label,period,bookable_hours,booked_hours,utilisation"))
                .body(containsString("SEWER_TV_CAMERA,SEWER_TV_CAMERA," + period + "," + bookable + ",8.00,"));
        given().auth().oauth2(accounting).queryParam("format", "csv").queryParam("year", month.getYear()).get("/utilisation")
                .then().statusCode(200).contentType(containsString("text/csv"));
        given().auth().oauth2(accounting).queryParam("groupBy", "planet").get("/utilisation").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(accounting).queryParam("format", "xml").get("/utilisation").then().statusCode(400);
        given().auth().oauth2(TestTokens.token(UUID.randomUUID(), UUID.randomUUID(), "accounting"))
                .queryParam("year", month.getYear()).get("/utilisation").then().statusCode(200).body("rows.size()", equalTo(0));
        given().get("/utilisation").then().statusCode(401);
    }
}
