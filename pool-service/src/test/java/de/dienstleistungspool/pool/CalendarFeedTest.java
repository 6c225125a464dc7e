package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The iCalendar feeds parse with ical4j, list an offer's bookings and blackouts, and need the member's secret. */
@QuarkusTest
class CalendarFeedTest {

    static final UUID OWNER = UUID.randomUUID();
    static final String OWNER_STAFF = TestTokens.token(OWNER, TestData.WMK, "works-staff");

    @Test
    void feedListsBookingsAndBlackoutsAndNeedsTheSecret() throws Exception {
        UUID offer = TestData.createOffer(OWNER_STAFF, TestData.equipment("Kanalspülgerät", 51.19, 10.05));
        UUID second = TestData.createOffer(OWNER_STAFF, TestData.equipment("Leckortung", 51.19, 10.05));
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        UUID booking = UUID.randomUUID();
        TestData.produce("booking-events", "offerId", TestData.bookingEvent("BookingConfirmed", "CONFIRMED", booking, offer,
                OWNER, UUID.randomUUID(), start, start.plus(4, ChronoUnit.HOURS), Instant.now()));
        String blackoutId = given().auth().oauth2(OWNER_STAFF).contentType("application/json")
                .body("{\"start\":\"" + start.plus(1, ChronoUnit.DAYS) + "\",\"end\":\"" + start.plus(2, ChronoUnit.DAYS)
                        + "\",\"reason\":\"Hauptuntersuchung\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers/" + offer + "/blackouts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(OWNER_STAFF).contentType("application/json")
                .body("{\"start\":\"" + start + "\",\"end\":\"" + start.plus(1, ChronoUnit.DAYS) + "\",\"reason\":\"Urlaub\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers/" + second + "/blackouts").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                TestData.availability(OWNER_STAFF, offer, start.minus(1, ChronoUnit.DAYS).toString(),
                        start.plus(3, ChronoUnit.DAYS).toString()).body("busy", hasSize(2)));

        String token = given().auth().oauth2(OWNER_STAFF).post("/calendar/secret").then().statusCode(201)
                .header("Location", containsString("/calendar/members/" + OWNER + ".ics?token=")).extract().path("token");
        String feed = given().queryParam("token", token).get("/calendar/offers/" + offer + ".ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        List<VEvent> events = parse(feed);
        assertEquals(Set.of(booking + "@booking.dienstleistungspool", blackoutId + "@blackout.dienstleistungspool"), uids(events));
        VEvent bookingEvent = events.stream().filter(e -> uid(e).startsWith(booking.toString())).findFirst().orElseThrow();
        assertEquals(start, Instant.from(bookingEvent.getDateTimeStart().getDate()));
        assertTrue(bookingEvent.getProperty(Property.SUMMARY).orElseThrow().getValue().contains("Kanalspülgerät"));

        String memberFeed = given().queryParam("token", token).get("/calendar/members/" + OWNER + ".ics").then()
                .statusCode(200).extract().asString();
        assertEquals(3, parse(memberFeed).size());

        given().queryParam("token", "guessed").get("/calendar/offers/" + offer + ".ics").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().get("/calendar/members/" + OWNER + ".ics").then().statusCode(404);
        String otherToken = given().auth().oauth2(TestTokens.token(UUID.randomUUID(), TestData.WMK, "works-staff"))
                .post("/calendar/secret").then().statusCode(201).extract().path("token");
        given().queryParam("token", otherToken).get("/calendar/offers/" + offer + ".ics").then().statusCode(404);
        given().auth().oauth2(OWNER_STAFF).post("/calendar/secret").then().statusCode(201);
        given().queryParam("token", token).get("/calendar/offers/" + offer + ".ics").then().statusCode(404);
        given().auth().oauth2(TestTokens.token(OWNER, TestData.WMK, "dispatcher")).post("/calendar/secret").then().statusCode(403);
    }

    static List<VEvent> parse(String feed) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        return calendar.getComponents(Component.VEVENT);
    }

    static Set<String> uids(List<VEvent> events) {
        return events.stream().map(CalendarFeedTest::uid).collect(Collectors.toSet());
    }

    static String uid(VEvent e) {
        return e.getProperty(Property.UID).orElseThrow().getValue();
    }
}
