package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.dispatcher;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Bad input (reversed, zero-length and years-long periods, unknown offers, malformed JSON, wrong types, missing
 * fields) gets a 4xx problem+json with a useful detail, and nothing is written.
 */
@QuarkusTest
class BookingBadInputTest {

    private static final Instant DAY = Instant.now().plus(Duration.ofDays(80)).truncatedTo(ChronoUnit.DAYS);
    private static final UUID OFFER = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"offerId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"settlementMode\":\"MONETARY\"}|REVERSED",
            "{\"offerId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"settlementMode\":\"MONETARY\"}|ZERO",
            "{\"offerId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"settlementMode\":\"MONETARY\"}|YEARS",
            "{\"offerId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"settlementMode\":\"MONETARY\"}|PAST",
            "{\"offerId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"settlementMode\":\"BARTER\"}|OK",
            "{\"offerId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"settlementMode\":\"MONETARY\",\"sector\":\"GAS\"}|OK",
            "{\"offerId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"settlementMode\":\"MONETARY\",\"sector\":\"WATER_SUPPLY\"}|OK",
            "{\"offerId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}|OK",
            "{\"offerId\":\"not-a-uuid%s\",\"start\":\"%s\",\"end\":\"%s\",\"settlementMode\":\"MONETARY\"}|OK",
            "{\"offerId\":\"%s\",\"start\":\"yesterday%s\",\"end\":\"%s\",\"settlementMode\":\"MONETARY\"}|OK",
            "{\"offerId\":\"%s\",\"start\":12%s,\"end\":\"%s\",\"settlementMode\":[\"MONETARY\"]}|OK",
            "{\"offerId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"settlementMode\":\"MONETARY\",\"note\":{\"x\":1}}|OK",
            "[\"%s\",\"%s\",\"%s\"]|OK",
            "{\"offerId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",|OK",
            "'; drop table booking; --%s%s%s|OK",
    })
    void refusedWith4xxProblemAndNothingWritten(String spec) {
        String[] parts = spec.split("\\|");
        Instant start = DAY;
        Instant end = switch (parts[1]) {
            case "REVERSED" -> DAY.minus(Duration.ofHours(3));
            case "ZERO" -> DAY;
            case "YEARS" -> DAY.plus(Duration.ofDays(3 * 365));
            default -> DAY.plus(Duration.ofHours(3));
        };
        if ("PAST".equals(parts[1])) {
            start = Instant.now().minus(Duration.ofDays(400));
            end = start.plus(Duration.ofHours(2));
        }
        long before = writes();
        int status = as(dispatcher(PoolFeed.WITZENHAUSEN)).body(String.format(parts[0], OFFER, start, end))
                .post("/bookings").then()
                .contentType(containsString("application/problem+json"))
                .body("detail", notNullValue())
                .extract().statusCode();
        assertEquals(4, status / 100, "status " + status + " for " + spec);
        assertEquals(before, writes());
    }

    @Test
    void unknownOfferIs404AndWritesNothing() {
        long before = writes();
        as(dispatcher(PoolFeed.WITZENHAUSEN)).body(Api.body(UUID.randomUUID(), DAY, DAY.plus(Duration.ofHours(2))))
                .post("/bookings").then().statusCode(404).contentType(containsString("application/problem+json"))
                .body("detail", containsString("does not exist"));
        as(dispatcher(PoolFeed.WITZENHAUSEN)).get("/bookings/" + UUID.randomUUID()).then().statusCode(404);
        as(dispatcher(PoolFeed.WITZENHAUSEN)).get("/bookings/not-a-uuid").then().statusCode(400)
                .body("type", equalTo("urn:problem:invalid-parameter")).body("violations[0].field", equalTo("id"));
        as(dispatcher(PoolFeed.WITZENHAUSEN)).queryParam("from", "soon").get("/bookings").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        as(dispatcher(PoolFeed.WITZENHAUSEN)).queryParam("size", 100000).get("/bookings").then().statusCode(400);
        as(dispatcher(PoolFeed.WITZENHAUSEN)).queryParam("status", "LOST").get("/bookings").then().statusCode(400)
                .body("type", equalTo("urn:problem:invalid-status"));
        assertEquals(before, writes());
    }

    /**
     * Rows of the tables a request writes. Outbox rows are not counted: the relay deletes them once published, and
     * a booking's events are written by the same statement as the booking row, so they cannot exist without it.
     */
    private static long writes() {
        return PoolFeed.count("select (select count(*) from booking) "
                + "+ (select count(*) from idempotent_request) + (select count(*) from booking_transition)");
    }
}
