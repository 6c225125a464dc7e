package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Offers with bookable hours (a weekly pattern in Europe/Berlin local time): stored and shown as set, DST-correct in
 * availability, honoured by the search (a 24/7 emergency offer stays findable at night), and the base of utilisation,
 * so a machine booked every working day is fully used; nonsense is refused with problem+json and nothing written.
 */
@QuarkusTest
class BookableHoursTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

    /** Next year's March: it holds the change to summer time, and the offers created now exist all month. */
    static final YearMonth MARCH = YearMonth.of(Year.now(BERLIN).getValue() + 1, 3);

    static ObjectNode workingHours(ObjectNode offer) {
        ArrayNode hours = offer.putArray("bookableHours");
        ObjectNode week = hours.addObject().put("from", "07:00").put("to", "16:00");
        WEEKDAYS.forEach(week.putArray("days")::add);
        return offer;
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(BERLIN).toInstant();
    }

    @Test
    void aMachineBookedEveryWorkingDayIsFullyUsed() {
        UUID region = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        String staff = TestTokens.token(owner, region, "works-staff");
        UUID weekdays = TestData.createOffer(staff, workingHours(TestData.equipment("Minibagger Werktags", 51.2, 10.0)));
        UUID aroundTheClock = TestData.createOffer(staff, TestData.equipment("Minibagger rund um die Uhr", 51.2, 10.0));
        int workingDays = 0;
        for (LocalDate day = MARCH.atDay(1); !day.isAfter(MARCH.atEndOfMonth()); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            workingDays++;
            for (UUID offer : List.of(weekdays, aroundTheClock)) {
                TestData.produce("booking-events", "offerId", TestData.bookingEvent("BookingConfirmed", "CONFIRMED",
                        UUID.randomUUID(), offer, owner, UUID.randomUUID(), at(day, 7), at(day, 16), Instant.now())
                        .put("regionId", region.toString()));
            }
        }
        float hours = workingDays * 9f;
        String coordinator = TestTokens.token(UUID.randomUUID(), region, "coordinator");
        String row = "rows.find { it.key == '%s' && it.period == '" + MARCH + "' }.";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> utilisation(coordinator)
                .body(row.formatted(weekdays) + "bookedHours", equalTo(hours))
                .body(row.formatted(aroundTheClock) + "bookedHours", equalTo(hours)));
        long monthHours = Duration.between(MARCH.atDay(1).atStartOfDay(BERLIN), MARCH.plusMonths(1).atDay(1).atStartOfDay(BERLIN)).toHours();
        utilisation(coordinator)
                .body(row.formatted(weekdays) + "bookableHours", equalTo(hours))
                .body(row.formatted(weekdays) + "utilisation", equalTo(1.0f))
                .body(row.formatted(aroundTheClock) + "bookableHours", equalTo((float) monthHours))
                .body(row.formatted(aroundTheClock) + "utilisation", equalTo(
                        java.math.BigDecimal.valueOf(hours / monthHours).setScale(4, java.math.RoundingMode.HALF_UP).floatValue()));
    }

    private static ValidatableResponse utilisation(String token) {
        return given().auth().oauth2(token).queryParam("year", MARCH.getYear()).queryParam("groupBy", "offer")
                .get("/utilisation").then().statusCode(200);
    }

    @Test
    void availabilityKeepsLocalWorkingHoursAcrossBothDstChanges() {
        String staff = TestTokens.token(UUID.randomUUID(), UUID.randomUUID(), "works-staff");
        UUID offer = TestData.createOffer(staff, workingHours(TestData.equipment("Rüttelplatte", 51.2, 10.0)));
        for (YearMonth month : List.of(MARCH, MARCH.plusMonths(7))) {
            LocalDate change = month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            LocalDate friday = change.minusDays(2);
            LocalDate monday = change.plusDays(1);
            TestData.availability(staff, offer, at(friday, 0).toString(), at(monday.plusDays(1), 0).toString())
                    .statusCode(200)
                    .body("free.start", contains(at(friday, 7).toString(), at(monday, 7).toString()))
                    .body("free.end", contains(at(friday, 16).toString(), at(monday, 16).toString()));
        }
        // the clock moves between the two Fridays' mornings: 06:00Z in winter, 05:00Z in summer (and back in October)
        LocalDate springSunday = MARCH.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        org.junit.jupiter.api.Assertions.assertEquals(Duration.ofHours(71),
                Duration.between(at(springSunday.minusDays(2), 7), at(springSunday.plusDays(1), 7)));
    }

    @Test
    void searchFindsOnlyWhatIsBookableThenAndEmergencyOffersAroundTheClockAtNight() {
        UUID region = UUID.randomUUID();
        String staff = TestTokens.token(UUID.randomUUID(), region, "works-staff");
        UUID weekdays = TestData.createOffer(staff, workingHours(TestData.equipment("Pumpe werktags", 51.20, 10.00)));
        ObjectNode standby = TestData.equipment("Notstromaggregat", 51.21, 10.01).put("emergencyUse", true);
        standby.putObject("onCall").put("name", "Rufbereitschaft").put("email", "ruf@example.org").put("phone", "+49 5651 1");
        UUID emergency = TestData.createOffer(staff, standby);
        String dispatcher = TestTokens.token(UUID.randomUUID(), region, "dispatcher");
        LocalDate wednesday = LocalDate.now(BERLIN).plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));

        search(dispatcher, at(wednesday, 8), at(wednesday, 12)).body("items.offer.id",
                containsInAnyOrder(weekdays.toString(), emergency.toString()));
        search(dispatcher, at(wednesday, 15), at(wednesday, 17)).body("items.offer.id", contains(emergency.toString()));
        search(dispatcher, at(wednesday, 22), at(wednesday.plusDays(1), 2)).body("items.offer.id", contains(emergency.toString()));
        search(dispatcher, at(wednesday.plusDays(3), 9), at(wednesday.plusDays(3), 12)).body("items.offer.id",
                contains(emergency.toString()));
        // a booking that starts and ends in working time may keep the machine overnight on the site
        search(dispatcher, at(wednesday.minusDays(2), 7), at(wednesday.plusDays(2), 16)).body("items.offer.id",
                hasItem(weekdays.toString()));
        given().auth().oauth2(dispatcher).get("/offers/" + weekdays).then().statusCode(200)
                .body("bookableHours.size()", equalTo(1)).body("bookableHours[0].days", equalTo(WEEKDAYS))
                .body("bookableHours[0].from", equalTo("07:00")).body("bookableHours[0].to", equalTo("16:00"));
        given().auth().oauth2(dispatcher).get("/offers/" + emergency).then().statusCode(200)
                .body("bookableHours[0].days.size()", equalTo(7)).body("bookableHours[0].from", equalTo("00:00"))
                .body("bookableHours[0].to", equalTo("24:00"));
    }

    private static ValidatableResponse search(String token, Instant from, Instant to) {
        return given().auth().oauth2(token).queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("lat", 51.2).queryParam("lon", 10.0).get("/search").then().statusCode(200);
    }

    @Test
    void editingSetsKeepsAndMergesTheHours() {
        String staff = TestTokens.token(UUID.randomUUID(), UUID.randomUUID(), "works-staff");
        UUID offer = TestData.createOffer(staff, TestData.equipment("Stampfer", 51.2, 10.0));
        ObjectNode body = TestData.equipment("Stampfer", 51.2, 10.0);
        ArrayNode hours = body.putArray("bookableHours");
        hours.addObject().put("from", "07:00").put("to", "12:00").putArray("days").add("MONDAY").add("TUESDAY");
        hours.addObject().put("from", "11:00").put("to", "16:00").putArray("days").add("TUESDAY").add("MONDAY");
        hours.addObject().put("from", "18:00").put("to", "24:00").putArray("days").add("FRIDAY");
        hours.addObject().put("from", "00:00").put("to", "06:00").putArray("days").add("SATURDAY");
        given().auth().oauth2(staff).contentType("application/json").body(body.toString()).put("/offers/" + offer)
                .then().statusCode(200)
                .body("bookableHours.days", contains(List.of("MONDAY", "TUESDAY"), List.of("FRIDAY"), List.of("SATURDAY")))
                .body("bookableHours.from", contains("07:00", "18:00", "00:00"))
                .body("bookableHours.to", contains("16:00", "24:00", "06:00"));
        body.remove("bookableHours");
        body.put("title", "Stampfer (neu)");
        given().auth().oauth2(staff).contentType("application/json").body(body.toString()).put("/offers/" + offer)
                .then().statusCode(200).body("bookableHours.from", contains("07:00", "18:00", "00:00"));
        // the night from Friday 18:00 to Saturday 06:00 is one bookable stretch
        LocalDate friday = LocalDate.now(BERLIN).plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        TestData.availability(staff, offer, at(friday, 12).toString(), at(friday.plusDays(1), 12).toString()).statusCode(200)
                .body("free.start", contains(at(friday, 18).toString())).body("free.end", contains(at(friday.plusDays(1), 6).toString()));
        given().auth().oauth2(staff).get("/offers/" + offer + "/history").then().statusCode(200)
                .body(containsString("bookableHours"));
    }

    @Test
    void nonsenseHoursAreProblemsAndNothingIsWritten() {
        UUID owner = UUID.randomUUID();
        String staff = TestTokens.token(owner, UUID.randomUUID(), "works-staff");
        List<String> bad = List.of(
                "[{\"days\":[\"MONDAY\"],\"from\":\"16:00\",\"to\":\"07:00\"}]",
                "[{\"days\":[\"MONDAY\"],\"from\":\"07:00\",\"to\":\"07:00\"}]",
                "[{\"days\":[\"MONDAY\"],\"from\":\"7:00\",\"to\":\"16:00\"}]",
                "[{\"days\":[\"MONDAY\"],\"from\":\"07:00\",\"to\":\"24:30\"}]",
                "[{\"days\":[],\"from\":\"07:00\",\"to\":\"16:00\"}]",
                "[{\"days\":[\"MON\"],\"from\":\"07:00\",\"to\":\"16:00\"}]",
                "[{\"days\":[\"MONDAY\"],\"from\":\"07:00\"}]",
                "[]",
                "{\"days\":[\"MONDAY\"],\"from\":\"07:00\",\"to\":\"16:00\"}");
        for (String hours : bad) {
            ObjectNode body = TestData.equipment("Kaputt", 51.2, 10.0);
            String json = body.toString().replaceFirst("\\}$", ",\"bookableHours\":" + hours + "}");
            given().auth().oauth2(staff).contentType("application/json").body(json)
                    .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers").then()
                    .statusCode(400).contentType(containsString("application/problem+json"))
                    .body("detail", org.hamcrest.Matchers.notNullValue());
        }
        given().auth().oauth2(staff).queryParam("mine", true).get("/offers").then().statusCode(200).body("total", equalTo(0));
        UUID offer = TestData.createOffer(staff, workingHours(TestData.equipment("Heil", 51.2, 10.0)));
        ObjectNode edit = TestData.equipment("Heil", 51.2, 10.0);
        edit.putArray("bookableHours").addObject().put("from", "12:00").put("to", "08:00").putArray("days").add("MONDAY");
        given().auth().oauth2(staff).contentType("application/json").body(edit.toString()).put("/offers/" + offer)
                .then().statusCode(400).body("type", containsString("invalid-bookable-hours"));
        given().auth().oauth2(staff).get("/offers/" + offer).then().body("title", equalTo("Heil"))
                .body("bookableHours[0].from", equalTo("07:00"));
    }
}
