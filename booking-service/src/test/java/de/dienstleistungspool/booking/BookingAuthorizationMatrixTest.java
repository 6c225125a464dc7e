package de.dienstleistungspool.booking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * booking-service's authorization matrix, written by hand (not read from the OpenAPI the same annotations generate):
 * every operation against each role of the requesting member and of the offer's owner, the region's coordinator,
 * another member of the region, a member of another region and invalid callers, with the exact status each gets. An
 * allowed cell runs on a real booking in the state the step needs and checks its effect; a refused cell checks that
 * the booking (status, usage, trail) and the offer's bookings are exactly as before.
 */
@QuarkusTest
class BookingAuthorizationMatrixTest {

    /** R requests, O owns the offer, C coordinates the region, X is another member, Y one of another region. */
    enum Who { R_DISPATCHER, R_WORKS_STAFF, R_ACCOUNTING, R_MEMBER_ADMIN, O_DISPATCHER, O_WORKS_STAFF, O_ACCOUNTING,
        O_MEMBER_ADMIN, COORDINATOR, OTHER_MEMBER, OTHER_REGION, NO_TOKEN, FORGED }

    /** The state of the booking an operation is tried on. */
    enum Needs { NOTHING, REQUESTED, SERIES, CONFIRMED_PAST, IN_USE, CONFIRMED, EXTENSION_PENDING, WITHDRAWN, TAKEN, WAITING,
        NO_DEMAND, DEMAND, CAMPAIGN }

    private static final Map<String, List<Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        //                                       R_DIS R_WS R_ACC R_ADM O_DIS O_WS O_ACC O_ADM COORD OTHER REGION NONE FORGED
        expect("POST /bookings",                   201, 403, 403, 403, 422, 403, 403, 403, 403, 201, 404, 401, 401);
        expect("POST /booking-series",             201, 403, 403, 403, 422, 403, 403, 403, 403, 201, 404, 401, 401);
        expect("GET /bookings",                    200, 200, 200, 403, 200, 200, 200, 403, 403, 200, 200, 401, 401);
        expect("GET /bookings/{id}",               200, 200, 200, 403, 200, 200, 200, 403, 200, 404, 404, 401, 401);
        expect("GET /bookings/{id}/history",       200, 200, 200, 403, 200, 200, 200, 403, 200, 404, 404, 401, 401);
        expect("GET /booking-series/{id}",         200, 200, 200, 403, 200, 200, 200, 403, 403, 404, 404, 401, 401);
        expect("POST /bookings/{id}/confirm",      403, 403, 403, 403, 403, 200, 403, 403, 403, 404, 404, 401, 401);
        expect("POST /bookings/{id}/reject",       403, 403, 403, 403, 403, 200, 403, 403, 403, 404, 404, 401, 401);
        expect("POST /bookings/{id}/cancel",       200, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404, 401, 401);
        expect("POST /bookings/{id}/start",        403, 403, 403, 403, 403, 200, 403, 403, 403, 404, 404, 401, 401);
        expect("POST /bookings/{id}/no-show",      403, 403, 403, 403, 403, 200, 403, 403, 403, 404, 404, 401, 401);
        expect("POST /bookings/{id}/complete",     403, 403, 403, 403, 403, 200, 403, 403, 200, 404, 404, 401, 401);
        expect("POST /bookings/{id}/withdraw",     403, 403, 403, 403, 403, 200, 403, 403, 403, 404, 404, 401, 401);
        expect("POST /bookings/{id}/rebook",       201, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404, 401, 401);
        expect("POST /bookings/{id}/extend",       200, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404, 401, 401);
        expect("POST /bookings/{id}/extension/confirm", 403, 403, 403, 403, 403, 200, 403, 403, 403, 404, 404, 401, 401);
        expect("POST /bookings/{id}/extension/reject",  403, 403, 403, 403, 403, 200, 403, 403, 403, 404, 404, 401, 401);
        expect("GET /region/bookings",             403, 403, 403, 403, 403, 403, 403, 403, 200, 403, 200, 401, 401);
        // the waitlist: R waits for a period a third member holds; the owner may not queue for its own offer
        expect("POST /waitlist-entries",           201, 403, 403, 403, 422, 403, 403, 403, 403, 201, 404, 401, 401);
        expect("GET /waitlist-entries",            200, 403, 403, 403, 200, 403, 403, 403, 403, 200, 200, 401, 401);
        expect("GET /waitlist-entries/{entry}",    200, 403, 403, 403, 404, 403, 403, 403, 403, 404, 404, 401, 401);
        expect("POST /waitlist-entries/{entry}/cancel", 200, 403, 403, 403, 404, 403, 403, 403, 403, 404, 404, 401, 401);
        // the flushing plan (docs/FLUSHING.md): R's demand; a member of another region posts its own; the coordinator
        // plans its region (the other region's coordinator finds no demand there: 422)
        expect("POST /flushing-demands",           201, 403, 403, 201, 201, 403, 403, 201, 403, 201, 201, 401, 401);
        expect("GET /flushing-demands",            200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 401, 401);
        expect("GET /flushing-demands/{demand}",   200, 200, 200, 200, 404, 404, 404, 404, 200, 404, 404, 401, 401);
        expect("PUT /flushing-demands/{demand}",   200, 403, 403, 200, 404, 403, 403, 404, 403, 404, 404, 401, 401);
        expect("GET /flushing-plans/{year}",       403, 403, 403, 403, 403, 403, 403, 403, 200, 403, 200, 401, 401);
        expect("POST /flushing-campaigns",         403, 403, 403, 403, 403, 403, 403, 403, 201, 403, 422, 401, 401);
        expect("GET /flushing-campaigns/{campaign}", 403, 403, 403, 403, 403, 403, 403, 403, 200, 403, 404, 401, 401);
    }

    // members of their own, so that the matrix's hundred-odd bookings show up in no other test's lists
    private static final UUID REQUESTER = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID COORDINATING = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final UUID FOREIGN = UUID.randomUUID();
    private static final UUID HOLDER = UUID.randomUUID();
    private static final Instant FUTURE = Instant.now().plus(Duration.ofDays(120)).truncatedTo(ChronoUnit.DAYS);
    private static final Instant PAST = Instant.now().minus(Duration.ofDays(6)).truncatedTo(ChronoUnit.HOURS);
    private static final int NEXT_YEAR = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).getYear() + 1;

    private final AtomicInteger futureSlots = new AtomicInteger();
    private final AtomicInteger pastSlots = new AtomicInteger();
    private UUID offer;
    private UUID equivalent;

    @TestFactory
    Stream<DynamicTest> everyOperationAgainstEveryCaller() {
        offer = PoolFeed.equipment(OWNER, 0);
        equivalent = PoolFeed.equipment(OWNER, 0);
        return EXPECTED.keySet().stream().flatMap(op -> Stream.of(Who.values()).map(who ->
                DynamicTest.dynamicTest(op + " as " + who, () -> cell(op, who, EXPECTED.get(op).get(who.ordinal())))));
    }

    private void cell(String op, Who who, int expected) {
        Fixture f = fixture(needs(op));
        String before = f.snapshot(offer, equivalent);
        Response r = call(op, who, f);
        assertEquals(expected, r.statusCode(), op + " as " + who + ": " + r.asString());
        if (expected >= 400) {
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertEquals(before, f.snapshot(offer, equivalent), op + " as " + who + " was refused but changed something");
        } else {
            effect(op, who, f, r);
        }
    }

    private static Needs needs(String op) {
        return switch (op) {
            case "POST /bookings", "POST /booking-series" -> Needs.NOTHING;
            case "GET /booking-series/{id}" -> Needs.SERIES;
            case "POST /bookings/{id}/start", "POST /bookings/{id}/no-show" -> Needs.CONFIRMED_PAST;
            case "POST /bookings/{id}/complete" -> Needs.IN_USE;
            case "POST /bookings/{id}/withdraw", "POST /bookings/{id}/extend" -> Needs.CONFIRMED;
            case "POST /bookings/{id}/extension/confirm", "POST /bookings/{id}/extension/reject" -> Needs.EXTENSION_PENDING;
            case "POST /bookings/{id}/rebook" -> Needs.WITHDRAWN;
            case "POST /waitlist-entries" -> Needs.TAKEN;
            case "GET /waitlist-entries", "GET /waitlist-entries/{entry}", "POST /waitlist-entries/{entry}/cancel" -> Needs.WAITING;
            case "POST /flushing-demands" -> Needs.NO_DEMAND;
            case "GET /flushing-demands", "GET /flushing-demands/{demand}", "PUT /flushing-demands/{demand}",
                 "GET /flushing-plans/{year}", "POST /flushing-campaigns" -> Needs.DEMAND;
            case "GET /flushing-campaigns/{campaign}" -> Needs.CAMPAIGN;
            default -> Needs.REQUESTED;
        };
    }

    private Response call(String op, Who who, Fixture f) {
        RequestSpecification r = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString());
        String token = token(who);
        if (token != null) {
            r = r.auth().oauth2(token);
        }
        String path = op.substring(op.indexOf(' ') + 1).replace("{id}", String.valueOf(op.contains("series") ? f.series() : f.booking()))
                .replace("{entry}", String.valueOf(f.entry())).replace("{demand}", String.valueOf(f.flushing()))
                .replace("{campaign}", String.valueOf(f.flushing())).replace("{year}", String.valueOf(NEXT_YEAR));
        Instant slot = f.start();
        return switch (op) {
            case "POST /bookings" -> r.body(Api.body(offer, slot, slot.plus(Duration.ofHours(1)))).post(path);
            case "POST /booking-series" -> r.body(Map.of("offerId", offer.toString(), "settlementMode", "NON_MONETARY",
                    "periods", List.of(period(slot), period(slot.plus(Duration.ofHours(1)))))).post(path);
            case "GET /bookings" -> r.queryParam("from", f.start().toString())
                    .queryParam("to", f.start().plus(Duration.ofHours(1)).toString()).queryParam("size", 200).get(path);
            case "POST /bookings/{id}/complete" -> r.body(Map.of("usage", Map.of("quantity", 1, "unit", "DAY"),
                    "reason", "Rückgabe laut Lieferschein")).post(path);
            case "POST /bookings/{id}/withdraw" -> r.body(Map.of("reason", "Fahrzeug defekt")).post(path);
            case "POST /bookings/{id}/rebook" -> r.body(Map.of("offerId", equivalent.toString(), "reason", "Ersatz")).post(path);
            case "POST /bookings/{id}/extend" -> r.body(Map.of("end", slot.plus(Duration.ofMinutes(90)).toString())).post(path);
            case "GET /region/bookings" -> r.queryParam("offerId", offer.toString()).queryParam("from", slot.toString())
                    .queryParam("to", slot.plus(Duration.ofHours(1)).toString()).get(path);
            case "POST /waitlist-entries" -> r.body(Map.of("offerId", offer.toString(), "start", slot.toString(),
                    "end", slot.plus(Duration.ofHours(1)).toString(), "settlementMode", "NON_MONETARY",
                    "expiresAt", slot.toString())).post(path);
            case "GET /waitlist-entries" -> r.queryParam("size", 200).get(path);
            case "POST /flushing-demands" -> r.body(demand("WASTEWATER", "Ortsnetz")).post(path);
            case "PUT /flushing-demands/{demand}" -> r.body(demand("WATER_SUPPLY", "Geändert " + who)).put(path);
            case "GET /flushing-demands" -> r.queryParam("year", NEXT_YEAR).queryParam("size", 200).get(path);
            case "GET /flushing-plans/{year}" -> r.queryParam("sector", "WATER_SUPPLY").get(path);
            case "POST /flushing-campaigns" -> r.body(Map.of("year", NEXT_YEAR, "sector", "WATER_SUPPLY")).post(path);
            default -> op.startsWith("GET") ? r.get(path) : r.post(path);
        };
    }

    /** What an allowed call must have done (or, for a read, shown). */
    private void effect(String op, Who who, Fixture f, Response r) {
        UUID member = member(who);
        boolean party = member.equals(REQUESTER) || member.equals(OWNER);
        switch (op) {
            case "POST /bookings" -> assertEquals(1, PoolFeed.count("select count(*) from booking where id = ? and "
                    + "consumer_member_id = ? and status = 'REQUESTED'", UUID.fromString(r.path("id")), member));
            case "POST /booking-series" -> assertEquals(2, PoolFeed.count("select count(*) from booking where series_id = ? "
                    + "and consumer_member_id = ?", UUID.fromString(r.path("seriesId")), member));
            case "GET /bookings" -> assertEquals(party, r.<List<String>>path("items.id").contains(f.booking().toString()),
                    "the list shows the booking to its parties only: " + r.asString());
            case "GET /bookings/{id}" -> assertEquals(f.booking().toString(), r.path("id"));
            case "GET /bookings/{id}/history" -> assertEquals(List.of("REQUESTED"), r.path("to"));
            case "GET /booking-series/{id}" -> assertEquals(f.series().toString(), r.path("seriesId"));
            case "POST /bookings/{id}/rebook" -> assertEquals(1, PoolFeed.count("select count(*) from booking where id = ? "
                    + "and offer_id = ? and replaces_booking_id = ? and consumer_member_id = ?", UUID.fromString(r.path("id")),
                    equivalent, f.booking(), member));
            case "POST /bookings/{id}/extend" -> assertEquals(1, PoolFeed.count("select count(*) from booking where id = ? "
                    + "and requested_end_at = ? and end_at = ?", f.booking(), utc(f.start().plus(Duration.ofMinutes(90))),
                    utc(f.start().plus(Duration.ofHours(1)))), "the extension waits for the owner");
            case "POST /bookings/{id}/extension/confirm" -> assertEquals(1, PoolFeed.count("select count(*) from booking where "
                    + "id = ? and requested_end_at is null and end_at = ?", f.booking(),
                    utc(f.start().plus(Duration.ofMinutes(90)))), "the new end is granted");
            case "POST /bookings/{id}/extension/reject" -> assertEquals(1, PoolFeed.count("select count(*) from booking where "
                    + "id = ? and requested_end_at is null and end_at = ?", f.booking(),
                    utc(f.start().plus(Duration.ofHours(1)))), "the end stays");
            case "GET /region/bookings" -> assertEquals(who == Who.COORDINATOR, r.<List<String>>path("items.id")
                    .contains(f.booking().toString()), "the region's coordinator sees the region's bookings only: " + r.asString());
            case "POST /waitlist-entries" -> assertEquals(1, PoolFeed.count("select count(*) from waitlist_entry where id = ? "
                    + "and member_id = ? and offer_id = ? and status = 'WAITING'", UUID.fromString(r.path("id")), member, offer));
            case "GET /waitlist-entries" -> assertEquals(member.equals(REQUESTER), r.<List<String>>path("items.id")
                    .contains(f.entry().toString()), "a member sees its own entries only: " + r.asString());
            case "GET /waitlist-entries/{entry}" -> assertEquals(f.entry().toString(), r.path("id"));
            case "POST /waitlist-entries/{entry}/cancel" -> assertEquals(1, PoolFeed.count("select count(*) from "
                    + "waitlist_entry where id = ? and status = 'CANCELLED'", f.entry()));
            case "POST /flushing-demands" -> assertEquals(1, PoolFeed.count("select count(*) from flushing_demand where id = ? "
                    + "and member_id = ? and year = ? and sector = 'WASTEWATER'", UUID.fromString(r.path("id")), member, NEXT_YEAR));
            case "GET /flushing-demands" -> assertEquals(member.equals(REQUESTER) || who == Who.COORDINATOR,
                    r.<List<String>>path("items.id").contains(f.flushing().toString()),
                    "a member sees its own demands, the coordinator the region's: " + r.asString());
            case "GET /flushing-demands/{demand}", "GET /flushing-campaigns/{campaign}" -> assertEquals(f.flushing().toString(), r.path("id"));
            case "PUT /flushing-demands/{demand}" -> assertEquals(1, PoolFeed.count("select count(*) from flushing_demand where "
                    + "id = ? and sites -> 0 ->> 'name' = ?", f.flushing(), "Geändert " + who));
            case "GET /flushing-plans/{year}" -> assertEquals(who == Who.COORDINATOR, r.<List<String>>path("demands.id")
                    .contains(f.flushing().toString()), "the coordinator plans its own region: " + r.asString());
            case "POST /flushing-campaigns" -> assertEquals(1, PoolFeed.count("select count(*) from flushing_demand d join "
                    + "flushing_campaign c on c.id = d.campaign_id where d.id = ? and c.id = ? and c.region_id = ?",
                    f.flushing(), UUID.fromString(r.path("id")), PoolFeed.REGION), "the campaign plans R's demand");
            default -> {
                String to = switch (op.substring(op.lastIndexOf('/') + 1)) {
                    case "confirm" -> "CONFIRMED";
                    case "reject" -> "REJECTED";
                    case "cancel" -> "CANCELLED";
                    case "start" -> "IN_USE";
                    case "no-show" -> "NO_SHOW";
                    case "withdraw" -> "WITHDRAWN";
                    default -> "COMPLETED";
                };
                assertEquals(to, r.path("status"));
                assertEquals(1, PoolFeed.count("select count(*) from booking_transition where booking_id = ? and to_status = ? "
                        + "and actor_member_id = ?", f.booking(), to, member), "the trail names the caller's member");
            }
        }
    }

    /** A booking of the matrix's offer by the requester in the state needed (or, for creates, a free slot), and its series. */
    record Fixture(UUID booking, UUID series, Instant start, UUID entry, UUID flushing) {

        Fixture(UUID booking, UUID series, Instant start) {
            this(booking, series, start, null, null);
        }

        Fixture(UUID booking, UUID series, Instant start, UUID entry) {
            this(booking, series, start, entry, null);
        }

        /**
         * The booking's status, period, pending extension, usage and trail length, how many bookings the offer and its
         * equivalent have, and the offer's waitlist entries.
         */
        String snapshot(UUID offer, UUID equivalent) {
            String counts = PoolFeed.text("select (select count(*) from booking where offer_id = ?) || ' ' || (select "
                    + "count(*) from booking where offer_id = ?) || ' ' || (select count(*) || ':' || coalesce(string_agg("
                    + "status, ',' order by id), '') from waitlist_entry where offer_id = ?) || ' ' || (select count(*) || ':' "
                    + "|| coalesce(max(updated_at)::text, '-') || ':' || count(campaign_id) from flushing_demand) || ' ' || "
                    + "(select count(*) from flushing_campaign)", offer, equivalent, offer);
            return booking == null ? counts : counts + " " + PoolFeed.text("select status || ' ' || end_at || ' ' || "
                    + "coalesce(requested_end_at::text, '-') || ' ' || coalesce(usage_quantity::text, '-') || ' ' || "
                    + "(select count(*) from booking_transition t where t.booking_id = b.id) from booking b where id = ?", booking);
        }
    }

    private Fixture fixture(Needs needs) {
        return switch (needs) {
            case NOTHING -> new Fixture(null, null, FUTURE.plus(Duration.ofHours(2L * futureSlots.getAndIncrement())));
            case REQUESTED -> requested(FUTURE.plus(Duration.ofHours(2L * futureSlots.getAndIncrement())));
            case SERIES -> {
                Instant slot = FUTURE.plus(Duration.ofHours(2L * futureSlots.getAndIncrement()));
                Response created = Api.as(Api.dispatcher(REQUESTER)).body(Map.of("offerId", offer.toString(),
                        "settlementMode", "NON_MONETARY", "periods", List.of(period(slot)))).post("/booking-series");
                assertEquals(201, created.statusCode(), created.asString());
                yield new Fixture(UUID.fromString(created.path("bookings[0].id")), UUID.fromString(created.path("seriesId")), slot);
            }
            case CONFIRMED, EXTENSION_PENDING, WITHDRAWN, TAKEN, WAITING -> recovery(needs);
            case NO_DEMAND, DEMAND, CAMPAIGN -> flushing(needs);
            case CONFIRMED_PAST, IN_USE -> {
                Fixture f = requested(PAST.plus(Duration.ofHours(2L * pastSlots.getAndIncrement())));
                Api.step(Api.worksStaff(OWNER), f.booking(), "confirm", null).then().statusCode(200);
                if (needs == Needs.IN_USE) {
                    Api.step(Api.worksStaff(OWNER), f.booking(), "start", null).then().statusCode(200);
                }
                yield f;
            }
        };
    }

    private Fixture recovery(Needs needs) {
        Instant slot = FUTURE.plus(Duration.ofHours(2L * futureSlots.getAndIncrement()));
        if (needs == Needs.TAKEN || needs == Needs.WAITING) {
            Api.booked(HOLDER, offer, slot, slot.plus(Duration.ofHours(1)));
            if (needs == Needs.TAKEN) {
                return new Fixture(null, null, slot);
            }
            Response joined = Api.as(Api.dispatcher(REQUESTER)).body(Map.of("offerId", offer.toString(), "start",
                    slot.toString(), "end", slot.plus(Duration.ofHours(1)).toString(), "settlementMode", "NON_MONETARY",
                    "expiresAt", slot.toString())).post("/waitlist-entries");
            assertEquals(201, joined.statusCode(), joined.asString());
            return new Fixture(null, null, slot, UUID.fromString(joined.path("id")));
        }
        Fixture f = requested(slot);
        Api.step(Api.worksStaff(OWNER), f.booking(), "confirm", null).then().statusCode(200);
        if (needs == Needs.EXTENSION_PENDING) {
            Api.as(Api.dispatcher(REQUESTER)).body(Map.of("end", slot.plus(Duration.ofMinutes(90)).toString()))
                    .post("/bookings/" + f.booking() + "/extend").then().statusCode(200);
        }
        if (needs == Needs.WITHDRAWN) {
            Api.as(Api.worksStaff(OWNER)).body(Map.of("reason", "Fahrzeug defekt")).post("/bookings/" + f.booking() + "/withdraw")
                    .then().statusCode(200);
        }
        return f;
    }

    /**
     * For the flushing plan: no demand of the matrix's members for next year's wastewater (so each may post one), R's
     * water-supply demand of next year, or the campaign of the region's water-supply plan of next year.
     */
    private Fixture flushing(Needs needs) {
        if (needs == Needs.NO_DEMAND) {
            PoolFeed.execute("delete from flushing_demand where member_id in (?, ?, ?, ?) and year = ? and sector = 'WASTEWATER'",
                    REQUESTER, OWNER, OTHER, FOREIGN, NEXT_YEAR);
            return new Fixture(null, null, FUTURE);
        }
        String campaign = PoolFeed.text("select coalesce((select id::text from flushing_campaign where region_id = ? and year = ? "
                + "and sector = 'WATER_SUPPLY'), '-')", PoolFeed.REGION, NEXT_YEAR);
        String demand = PoolFeed.text("select coalesce((select id::text from flushing_demand where member_id = ? and year = ? "
                + "and sector = 'WATER_SUPPLY'), '-')", REQUESTER, NEXT_YEAR);
        if (demand.equals("-")) {
            demand = Api.as(Api.dispatcher(REQUESTER)).body(demand("WATER_SUPPLY", "Hochbehälter")).post("/flushing-demands")
                    .then().statusCode(201).extract().path("id");
        }
        if (needs == Needs.CAMPAIGN && campaign.equals("-")) {
            campaign = Api.as(TestTokens.token(COORDINATING, PoolFeed.REGION, Roles.COORDINATOR))
                    .body(Map.of("year", NEXT_YEAR, "sector", "WATER_SUPPLY")).post("/flushing-campaigns")
                    .then().statusCode(201).extract().path("id");
        }
        return new Fixture(null, null, FUTURE, null, UUID.fromString(needs == Needs.CAMPAIGN ? campaign : demand));
    }

    private static Map<String, Object> demand(String sector, String site) {
        return Map.of("year", NEXT_YEAR, "sector", sector, "unit", "METRE", "settlementMode", "MONETARY",
                "preferredMonths", List.of(4), "sites", List.of(Map.of("name", site, "latitude", 51.2, "longitude", 10.0,
                        "quantity", 1200)));
    }

    private Fixture requested(Instant start) {
        return new Fixture(Api.booked(REQUESTER, offer, start, start.plus(Duration.ofHours(1))), null, start);
    }

    private static java.time.OffsetDateTime utc(Instant t) {
        return java.time.OffsetDateTime.ofInstant(t, java.time.ZoneOffset.UTC);
    }

    private static Map<String, String> period(Instant start) {
        return Map.of("start", start.toString(), "end", start.plus(Duration.ofHours(1)).toString());
    }

    private static UUID member(Who who) {
        return switch (who) {
            case R_DISPATCHER, R_WORKS_STAFF, R_ACCOUNTING, R_MEMBER_ADMIN -> REQUESTER;
            case O_DISPATCHER, O_WORKS_STAFF, O_ACCOUNTING, O_MEMBER_ADMIN -> OWNER;
            case COORDINATOR -> COORDINATING;
            case OTHER_MEMBER -> OTHER;
            case OTHER_REGION, NO_TOKEN, FORGED -> FOREIGN;
        };
    }

    private static String token(Who who) {
        String[] party = {Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN};
        return switch (who) {
            case R_DISPATCHER, O_DISPATCHER -> TestTokens.token(member(who), PoolFeed.REGION, Roles.DISPATCHER);
            case R_WORKS_STAFF, O_WORKS_STAFF -> TestTokens.token(member(who), PoolFeed.REGION, Roles.WORKS_STAFF);
            case R_ACCOUNTING, O_ACCOUNTING -> TestTokens.token(member(who), PoolFeed.REGION, Roles.ACCOUNTING);
            case R_MEMBER_ADMIN, O_MEMBER_ADMIN -> TestTokens.token(member(who), PoolFeed.REGION, Roles.MEMBER_ADMIN);
            case COORDINATOR -> TestTokens.token(COORDINATING, PoolFeed.REGION, Roles.COORDINATOR);
            case OTHER_MEMBER -> TestTokens.token(OTHER, PoolFeed.REGION, party);
            case OTHER_REGION -> TestTokens.token(FOREIGN, PoolFeed.OTHER_REGION, Roles.DISPATCHER, Roles.WORKS_STAFF,
                    Roles.ACCOUNTING, Roles.MEMBER_ADMIN, Roles.COORDINATOR);
            case NO_TOKEN -> null;
            case FORGED -> TestTokens.forged(OWNER, PoolFeed.REGION, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.COORDINATOR);
        };
    }

    private static void expect(String operation, Integer... statuses) {
        if (statuses.length != Who.values().length) {
            throw new IllegalStateException(operation + ": one status per caller");
        }
        EXPECTED.put(operation, new ArrayList<>(List.of(statuses)));
    }
}
