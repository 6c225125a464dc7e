package de.dienstleistungspool.booking;

import static io.restassured.RestAssured.given;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Calls booking-service over HTTP as the members' dispatchers and works staff, with a fresh Idempotency-Key per call.
 */
public final class Api {

    private Api() {
    }

    public static String dispatcher(UUID member) {
        return TestTokens.clientToken("dispatcher-" + member, member, PoolFeed.REGION, Roles.DISPATCHER);
    }

    public static String worksStaff(UUID member) {
        return TestTokens.clientToken("works-staff-" + member, member, PoolFeed.REGION, Roles.WORKS_STAFF);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }

    public static Map<String, Object> body(UUID offerId, Instant start, Instant end) {
        return Map.of("offerId", offerId.toString(), "start", start.toString(), "end", end.toString(),
                "settlementMode", "NON_MONETARY");
    }

    /** Requests the offer for the period as the member's dispatcher. */
    public static Response request(UUID member, UUID offerId, Instant start, Instant end) {
        return as(dispatcher(member)).body(body(offerId, start, end)).post("/bookings");
    }

    /** Requests and returns the new booking's id, failing unless the answer is 201. */
    public static UUID booked(UUID member, UUID offerId, Instant start, Instant end) {
        return UUID.fromString(request(member, offerId, start, end).then().statusCode(201).extract().path("id"));
    }

    /** A lifecycle step as the given token, with an optional reason. */
    public static Response step(String token, UUID bookingId, String step, String reason) {
        RequestSpecification r = as(token);
        if (reason != null) {
            r = r.body(Map.of("reason", reason));
        }
        return r.post("/bookings/" + bookingId + "/" + step);
    }
}
