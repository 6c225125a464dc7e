package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.dispatcher;
import static de.dienstleistungspool.booking.Api.step;
import static de.dienstleistungspool.booking.Api.worksStaff;
import static de.dienstleistungspool.booking.PoolFeed.ESCHWEGE;
import static de.dienstleistungspool.booking.PoolFeed.WITZENHAUSEN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Walks bookings through their lifecycle over HTTP: request, confirm or reject, auto-confirm, start, complete with
 * usage, cancel (late or not), and the audit trail that records who did what, when and why.
 */
@QuarkusTest
class BookingLifecycleTest {

    private static final Instant DAY = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.DAYS);
    /** A period that starts within the start lead (24 h), so its start may be recorded now. */
    private static final Instant SOON = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.HOURS);

    @Test
    void requestConfirmStartCompleteWithUsageAndAuditTrail() {
        UUID offer = PoolFeed.equipment(ESCHWEGE, 60);
        String requester = TestTokens.clientToken("witzenhausen-dispatcher", WITZENHAUSEN, PoolFeed.REGION, Roles.DISPATCHER);
        String owner = TestTokens.clientToken("eschwege-works-staff", ESCHWEGE, PoolFeed.REGION, Roles.WORKS_STAFF);
        var created = as(requester).body(Map.of("offerId", offer.toString(), "start", SOON.toString(),
                        "end", SOON.plus(Duration.ofHours(8)).toString(), "settlementMode", "MONETARY"))
                .post("/bookings").then().statusCode(201)
                .body("status", equalTo("REQUESTED"))
                .body("sector", equalTo("WASTEWATER"))
                .body("bufferMinutes", equalTo(60))
                .body("providerMemberId", equalTo(ESCHWEGE.toString()))
                .body("consumerMemberId", equalTo(WITZENHAUSEN.toString()))
                .extract();
        UUID id = UUID.fromString(created.path("id"));
        assertEquals(true, created.header("Location").endsWith("/bookings/" + id));

        step(owner, id, "confirm", "Kamera ist frei").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        step(owner, id, "start", "abgeholt 7:10").then().statusCode(200).body("status", equalTo("IN_USE"));
        as(owner).body(Map.of("usage", Map.of("quantity", 1.5, "unit", "DAY"), "reason", "zurück"))
                .post("/bookings/" + id + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("usage.quantity", equalTo(1.5f))
                .body("usage.unit", equalTo("DAY"));

        as(requester).get("/bookings/" + id + "/history").then().statusCode(200)
                .body("", hasSize(4))
                .body("to", equalTo(List.of("REQUESTED", "CONFIRMED", "IN_USE", "COMPLETED")))
                .body("from[0]", nullValue())
                .body("actor", equalTo(List.of("witzenhausen-dispatcher", "eschwege-works-staff",
                        "eschwege-works-staff", "eschwege-works-staff")))
                .body("reason", equalTo(java.util.Arrays.asList(null, "Kamera ist frei", "abgeholt 7:10", "zurück")));
        // the completed booking no longer blocks the period for others
        Api.booked(PoolFeed.SONTRA, offer, SOON.plus(Duration.ofHours(2)), SOON.plus(Duration.ofHours(4)));
    }

    @Test
    void ownerRejectsAndThePeriodIsFreeAgain() {
        UUID offer = PoolFeed.equipment(ESCHWEGE, 0);
        UUID id = Api.booked(WITZENHAUSEN, offer, DAY, DAY.plus(Duration.ofHours(4)));
        step(worksStaff(ESCHWEGE), id, "reject", "in Reparatur").then().statusCode(200).body("status", equalTo("REJECTED"));
        step(worksStaff(ESCHWEGE), id, "confirm", null).then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("REJECTED"));
        Api.booked(PoolFeed.SONTRA, offer, DAY, DAY.plus(Duration.ofHours(4)));
    }

    @Test
    void autoConfirmingOfferConfirmsAtOnce() {
        UUID offer = PoolFeed.offer(o -> {
            o.put("ownerMemberId", ESCHWEGE.toString());
            o.put("autoConfirm", true);
            o.put("kind", "STAFF_STANDBY");
            o.put("unit", "HOUR");
        });
        UUID id = Api.booked(WITZENHAUSEN, offer, DAY, DAY.plus(Duration.ofHours(12)));
        as(dispatcher(WITZENHAUSEN)).get("/bookings/" + id + "/history").then().statusCode(200)
                .body("to", equalTo(List.of("REQUESTED", "CONFIRMED")))
                .body("actor[1]", equalTo("auto-confirm"));
        as(dispatcher(WITZENHAUSEN)).get("/bookings/" + id).then().body("status", equalTo("CONFIRMED"));
        // both events were written with the booking and reach Kafka in that order, BookingRequested first
        assertEquals(List.of("BookingRequested", "BookingConfirmed"), BookingEventsTopic.types(offer, 2));
    }

    @Test
    void cancellationBeforeStartFreesThePeriodAndIsLateShortlyBeforeIt() {
        UUID offer = PoolFeed.equipment(ESCHWEGE, 0);
        UUID early = Api.booked(WITZENHAUSEN, offer, DAY, DAY.plus(Duration.ofHours(4)));
        step(dispatcher(WITZENHAUSEN), early, "cancel", "Bedarf entfallen").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("lateCancellation", equalTo(false));
        Instant soon = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        UUID late = Api.booked(WITZENHAUSEN, offer, soon, soon.plus(Duration.ofHours(2)));
        step(dispatcher(WITZENHAUSEN), late, "cancel", null).then().statusCode(200)
                .body("lateCancellation", equalTo(true));
        Instant past = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        UUID started = Api.booked(WITZENHAUSEN, offer, past, past.plus(Duration.ofHours(4)));
        step(dispatcher(WITZENHAUSEN), started, "cancel", null).then().statusCode(409)
                .body("type", equalTo("urn:problem:already-started"));
        step(worksStaff(ESCHWEGE), started, "confirm", null).then().statusCode(200);
        step(worksStaff(ESCHWEGE), started, "no-show", "niemand erschienen").then().statusCode(200)
                .body("status", equalTo("NO_SHOW"));
    }

    @Test
    void serviceJobNeedsSiteAndScopeAndUsageInTheOffersUnit() {
        UUID offer = PoolFeed.offer(o -> {
            o.put("ownerMemberId", ESCHWEGE.toString());
            o.put("kind", "SERVICE");
            o.put("category", "SEWER_FLUSHING");
            o.put("title", "Kanalspülfahrzeug mit Besatzung");
            o.put("unit", "HOUR");
            o.put("bufferMinutes", 0);
        });
        var body = new java.util.HashMap<String, Object>(Api.body(offer, SOON, SOON.plus(Duration.ofHours(8))));
        as(dispatcher(WITZENHAUSEN)).body(body).post("/bookings").then().statusCode(400)
                .body("type", equalTo("urn:problem:service-job-incomplete"));
        body.put("site", "Wanfried, Marktstraße");
        body.put("scopeQuantity", 2000);
        body.put("scopeUnit", "METRE");
        UUID id = UUID.fromString(as(dispatcher(WITZENHAUSEN)).body(body).post("/bookings").then().statusCode(201)
                .body("site", equalTo("Wanfried, Marktstraße"))
                .body("scope.quantity", equalTo(2000))
                .body("scope.unit", equalTo("METRE"))
                .extract().path("id"));
        step(worksStaff(ESCHWEGE), id, "confirm", null).then().statusCode(200);
        step(worksStaff(ESCHWEGE), id, "start", null).then().statusCode(200);
        as(worksStaff(ESCHWEGE)).body(Map.of("usage", Map.of("quantity", 7.5, "unit", "METRE")))
                .post("/bookings/" + id + "/complete").then().statusCode(422)
                .body("type", equalTo("urn:problem:usage-unit-mismatch"));
        as(worksStaff(ESCHWEGE)).body(Map.of("usage", Map.of("quantity", 7.5, "unit", "HOUR")))
                .post("/bookings/" + id + "/complete").then().statusCode(200).body("usage.quantity", equalTo(7.5f));
    }

    @Test
    void settlementModeMustBeOneTheOfferAccepts() {
        UUID offer = PoolFeed.offer(o -> {
            o.put("ownerMemberId", ESCHWEGE.toString());
            o.putArray("settlementModes").add("NON_MONETARY");
        });
        var body = new java.util.HashMap<String, Object>(Api.body(offer, DAY, DAY.plus(Duration.ofHours(8))));
        body.put("settlementMode", "MONETARY");
        as(dispatcher(WITZENHAUSEN)).body(body).post("/bookings").then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:problem:settlement-mode-not-accepted"));
        assertEquals(0, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
    }

    @Test
    void listsMyBookingsAsRequesterAndProviderByStatusAndPeriodPaged() {
        UUID offer = PoolFeed.equipment(SONTRA_OWNER, 0);
        Instant base = DAY.plus(Duration.ofDays(40));
        for (int i = 0; i < 5; i++) {
            Api.booked(WITZENHAUSEN, offer, base.plus(Duration.ofDays(i)), base.plus(Duration.ofDays(i)).plus(Duration.ofHours(3)));
        }
        UUID confirmed = Api.booked(WITZENHAUSEN, offer, base.plus(Duration.ofDays(6)), base.plus(Duration.ofDays(6)).plus(Duration.ofHours(3)));
        step(worksStaff(SONTRA_OWNER), confirmed, "confirm", null).then().statusCode(200);
        String from = base.toString();
        String to = base.plus(Duration.ofDays(7)).toString();
        as(worksStaff(SONTRA_OWNER)).queryParam("role", "provider").queryParam("from", from).queryParam("to", to)
                .queryParam("size", 4).queryParam("page", 1).get("/bookings").then().statusCode(200)
                .body("total", equalTo(6)).body("items", hasSize(2)).body("page", equalTo(1)).body("size", equalTo(4));
        as(worksStaff(SONTRA_OWNER)).queryParam("role", "provider").queryParam("status", "CONFIRMED")
                .queryParam("from", from).queryParam("to", to).get("/bookings").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(confirmed.toString()));
        as(worksStaff(SONTRA_OWNER)).queryParam("role", "requester").queryParam("from", from).queryParam("to", to)
                .get("/bookings").then().statusCode(200).body("total", equalTo(0));
        as(dispatcher(WITZENHAUSEN)).queryParam("role", "requester").queryParam("from", base.plus(Duration.ofDays(1)).toString())
                .queryParam("to", base.plus(Duration.ofDays(2)).toString()).get("/bookings").then().statusCode(200)
                .body("total", equalTo(1));
    }

    private static final UUID SONTRA_OWNER = PoolFeed.SONTRA;
}
