package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.dispatcher;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What booking-service learns from {@code pool-events} and {@code member-events} (built from the producers' contract
 * files): paused offers and blackouts refuse bookings, a redelivered event changes nothing, an unreadable message is
 * dead-lettered without blocking the partition, a member that left cannot book, a revoked credential is refused at once.
 */
@QuarkusTest
class PoolEventsConsumerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant DAY = Instant.now().plus(Duration.ofDays(90)).truncatedTo(ChronoUnit.DAYS);

    @Test
    void pausedOfferIsRefusedAndARedeliveredOldEventDoesNotResumeIt() throws Exception {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        UUID resumed = PoolFeed.offerStatus(offer, PoolFeed.ESCHWEGE, "OfferResumed", "ACTIVE");
        PoolFeed.offerStatus(offer, PoolFeed.ESCHWEGE, "OfferPaused", "PAUSED");
        Api.request(PoolFeed.WITZENHAUSEN, offer, DAY, DAY.plus(Duration.ofHours(2))).then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:problem:offer-unavailable"))
                .body("detail", containsString("PAUSED"));
        // the same OfferResumed delivered again must not reactivate the offer
        ObjectNode again = (ObjectNode) JSON.readTree("{}");
        again.put("eventId", resumed.toString());
        again.put("eventType", "OfferResumed");
        again.put("occurredAt", Instant.now().toString());
        again.put("offerId", offer.toString());
        again.put("ownerMemberId", PoolFeed.ESCHWEGE.toString());
        again.put("regionId", PoolFeed.REGION.toString());
        again.put("kind", "EQUIPMENT");
        again.put("category", "SEWER_TV_CAMERA");
        again.put("title", "Kanal-TV-Kamera");
        again.putArray("sectors").add("WASTEWATER");
        again.put("unit", "DAY");
        again.put("bufferMinutes", 0);
        again.putArray("settlementModes").add("MONETARY");
        again.put("autoConfirm", false);
        again.put("status", "ACTIVE");
        PoolFeed.sendRaw("pool-events", offer.toString(), again.toString());
        PoolFeed.sendRaw("pool-events", offer.toString(), "{not json");
        UUID marker = PoolFeed.offerStatus(offer, PoolFeed.ESCHWEGE, "OfferRetired", "RETIRED"); // processed after both
        assertEquals(1, PoolFeed.count("select count(*) from processed_event where event_id = ?", resumed));
        assertEquals(1, PoolFeed.count("select count(*) from processed_event where event_id = ?", marker));
        assertEquals(1, PoolFeed.count("select count(*) from offer where offer_id = ? and status = 'RETIRED'", offer));
        assertEquals(0, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
    }

    @Test
    void blackoutRefusesOverlappingBookingsUntilRemoved() {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 60);
        Instant start = DAY.plus(Duration.ofDays(1));
        UUID blackout = PoolFeed.blackout(offer, PoolFeed.ESCHWEGE, start, start.plus(Duration.ofDays(2)));
        // ends before the blackout, but its buffer reaches into it
        Api.request(PoolFeed.WITZENHAUSEN, offer, start.minus(Duration.ofHours(3)), start.minus(Duration.ofMinutes(30)))
                .then().statusCode(409)
                .body("type", equalTo("urn:problem:blackout"))
                .body("detail", containsString(start + "/" + start.plus(Duration.ofDays(2))));
        PoolFeed.blackoutRemoved(offer, blackout, PoolFeed.ESCHWEGE);
        Api.booked(PoolFeed.WITZENHAUSEN, offer, start.minus(Duration.ofHours(3)), start.minus(Duration.ofMinutes(30)));
    }

    @Test
    void overlapNamesTheConflictingPeriod() {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 120);
        Instant start = DAY.plus(Duration.ofDays(5));
        Api.booked(PoolFeed.WITZENHAUSEN, offer, start, start.plus(Duration.ofHours(4)));
        // starts after the end but inside the buffer
        Api.request(PoolFeed.SONTRA, offer, start.plus(Duration.ofHours(5)), start.plus(Duration.ofHours(8)))
                .then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:problem:booking-overlap"))
                .body("detail", containsString(start + "/" + start.plus(Duration.ofHours(4)) + " (plus 120 min buffer)"));
        Api.booked(PoolFeed.SONTRA, offer, start.plus(Duration.ofHours(6)), start.plus(Duration.ofHours(8)));
    }

    @Test
    void memberThatLeftCannotBookAndRevokedCredentialIsRefused() {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        UUID leaver = UUID.randomUUID();
        PoolFeed.memberEvent(leaver, "MemberLeft", m -> m.put("status", "LEFT"));
        // refused by booking-service's own member check (403), or already by the token cross-check once the member
        // directory mirror has seen the departure (401, ClaimsCrossCheck): either way nothing is booked
        as(dispatcher(leaver)).body(Api.body(offer, DAY, DAY.plus(Duration.ofHours(2)))).post("/bookings")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(401), org.hamcrest.Matchers.is(403)))
                .contentType(containsString("application/problem+json"));

        String client = "revoked-client-" + UUID.randomUUID();
        String token = de.dienstleistungspool.testinfra.TestTokens.clientToken(client, PoolFeed.WITZENHAUSEN,
                PoolFeed.REGION, de.dienstleistungspool.platform.security.Roles.DISPATCHER);
        as(token).get("/bookings").then().statusCode(200);
        PoolFeed.memberEvent(PoolFeed.WITZENHAUSEN, "CredentialRevoked", m -> {
            m.put("subject", client);
            m.put("kind", "API_CLIENT");
        });
        as(token).get("/bookings").then().statusCode(401);
        as(token).body(Api.body(offer, DAY, DAY.plus(Duration.ofHours(2)))).post("/bookings").then().statusCode(401);
        assertEquals(0, PoolFeed.count("select count(*) from booking where offer_id = ?", offer));
    }
}
