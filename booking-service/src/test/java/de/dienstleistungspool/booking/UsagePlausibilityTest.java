package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.step;
import static de.dienstleistungspool.booking.Api.worksStaff;
import static de.dienstleistungspool.booking.PoolFeed.ESCHWEGE;
import static de.dienstleistungspool.booking.PoolFeed.WITZENHAUSEN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
 * Usage flows into the other member's ledger, payments and invoices, so it must fit the booking: the owner's staff
 * record at most the booked period times the overtime factor (1.5), the region's coordinator more with a reason, and a
 * start is not recorded long before the period.
 */
@QuarkusTest
class UsagePlausibilityTest {

    private static final Instant SOON = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.HOURS);

    @Test
    void aFourHourBookingCompletedWith99999HoursIsRefusedAndSixHoursAreAccepted() {
        UUID id = startedFourHourBooking();
        as(worksStaff(ESCHWEGE)).body(Map.of("usage", Map.of("quantity", 99999, "unit", "HOUR"))).post("/bookings/" + id + "/complete")
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:problem:usage-implausible"))
                .body("detail", containsString("a booking of 4 h")).body("detail", containsString("at most 6 HOUR"));
        as(worksStaff(ESCHWEGE)).body(Map.of("usage", Map.of("quantity", 6.001, "unit", "HOUR"))).post("/bookings/" + id + "/complete")
                .then().statusCode(422);
        as(worksStaff(ESCHWEGE)).get("/bookings/" + id).then().statusCode(200).body("status", equalTo("IN_USE")).body("usage", equalTo(null));
        as(worksStaff(ESCHWEGE)).body(Map.of("usage", Map.of("quantity", 6, "unit", "HOUR"))).post("/bookings/" + id + "/complete")
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("usage.quantity", equalTo(6));
    }

    @Test
    void theRegionsCoordinatorRecordsLargerUsageWithAReason() {
        UUID id = startedFourHourBooking();
        String coordinator = TestTokens.clientToken("wmk-coordinator", PoolFeed.SONTRA, PoolFeed.REGION, Roles.COORDINATOR);
        as(coordinator).body(Map.of("usage", Map.of("quantity", 20, "unit", "HOUR"))).post("/bookings/" + id + "/complete")
                .then().statusCode(422).body("type", equalTo("urn:problem:reason-required"));
        String otherCoordinator = TestTokens.clientToken("other-coordinator", UUID.randomUUID(), PoolFeed.OTHER_REGION, Roles.COORDINATOR);
        as(otherCoordinator).body(Map.of("usage", Map.of("quantity", 20, "unit", "HOUR"), "reason", "x")).post("/bookings/" + id + "/complete")
                .then().statusCode(404);
        as(coordinator).body(Map.of("usage", Map.of("quantity", 20, "unit", "HOUR"), "reason", "Rohrbruch, Einsatz bis in die Nacht"))
                .post("/bookings/" + id + "/complete").then().statusCode(200).body("usage.quantity", equalTo(20));
        as(worksStaff(ESCHWEGE)).get("/bookings/" + id + "/history").then().statusCode(200).body("", hasSize(4))
                .body("actor[3]", equalTo("wmk-coordinator")).body("reason[3]", equalTo("Rohrbruch, Einsatz bis in die Nacht"));
    }

    @Test
    void aStartFarBeforeThePeriodIsRefused() {
        UUID offer = PoolFeed.equipment(ESCHWEGE, 0);
        Instant inFiveWeeks = Instant.now().plus(Duration.ofDays(36)).truncatedTo(ChronoUnit.HOURS);
        UUID id = Api.booked(WITZENHAUSEN, offer, inFiveWeeks, inFiveWeeks.plus(Duration.ofHours(4)));
        step(worksStaff(ESCHWEGE), id, "confirm", null).then().statusCode(200);
        step(worksStaff(ESCHWEGE), id, "start", null).then().statusCode(409).body("type", equalTo("urn:problem:start-too-early"));
        as(worksStaff(ESCHWEGE)).get("/bookings/" + id).then().statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    /** A four-hour booking of equipment measured in hours, confirmed and started. */
    private static UUID startedFourHourBooking() {
        UUID offer = PoolFeed.offer(o -> {
            o.put("ownerMemberId", ESCHWEGE.toString());
            o.put("title", "Kanal-TV-Kamera, abgerechnet nach Stunden");
            o.put("unit", "HOUR");
            o.put("bufferMinutes", 0);
        });
        UUID id = Api.booked(WITZENHAUSEN, offer, SOON, SOON.plus(Duration.ofHours(4)));
        step(worksStaff(ESCHWEGE), id, "confirm", null).then().statusCode(200);
        step(worksStaff(ESCHWEGE), id, "start", null).then().statusCode(200);
        return id;
    }
}
