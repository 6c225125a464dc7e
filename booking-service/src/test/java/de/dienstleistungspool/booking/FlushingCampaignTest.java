package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.FlushingFleet.coordinator;
import static de.dienstleistungspool.booking.FlushingFleet.demand;
import static de.dienstleistungspool.booking.FlushingFleet.dispatcher;
import static de.dienstleistungspool.booking.FlushingFleet.posted;
import static de.dienstleistungspool.booking.FlushingFleet.vehicle;
import static de.dienstleistungspool.booking.FlushingFleet.worksStaff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The county flushing plan through HTTP: three members post their yearly demand, two flushing vehicles offer capacity
 * per day; the coordinator sees demand against capacity per month and turns the plan into campaigns per sector whose
 * series respect capacity per day, sectors, distances and existing bookings; the providers confirm them; nothing
 * overlaps, and a plan gives one campaign however often (and however concurrently) it is turned into one.
 */
@QuarkusTest
class FlushingCampaignTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int YEAR = LocalDate.now(BERLIN).getYear() + 1;

    @Test
    void threeMembersAndTwoVehiclesMakeCampaignsThatRespectCapacitySectorsAndDistanceAndTheProvidersConfirm() {
        UUID region = UUID.randomUUID();
        UUID eschwege = UUID.randomUUID();
        UUID witzenhausen = UUID.randomUUID();
        UUID wanfried = UUID.randomUUID();
        UUID sontra = UUID.randomUUID();
        UUID grossalmerode = UUID.randomUUID();
        UUID neighbour = UUID.randomUUID();
        // A: wastewater only, 1,500 m a day, at Eschwege; B: both sectors, 1,000 m a day, at Witzenhausen
        UUID a = vehicle(region, eschwege, 51.188, 10.053, 1500, "WASTEWATER");
        UUID b = vehicle(region, witzenhausen, 51.343, 9.857, 1000, "WASTEWATER", "WATER_SUPPLY");
        // A is in the workshop until 26 May; B is booked by a neighbour on its first working day of May
        PoolFeed.blackout(a, eschwege, local(YEAR, 5, 1, 0), local(YEAR, 5, 26, 0));
        LocalDate taken = workdays(LocalDate.of(YEAR, 5, 1), LocalDate.of(YEAR, 5, 31)).get(0);
        as(dispatcher(neighbour, region)).body(Map.of("offerId", b.toString(), "start", local(taken, 7).toString(),
                "end", local(taken, 16).toString(), "settlementMode", "MONETARY", "sector", "WASTEWATER",
                "site", "Kläranlage", "scopeQuantity", 800, "scopeUnit", "METRE")).post("/bookings").then().statusCode(201);

        UUID wanfriedDemand = posted(wanfried, region, demand(YEAR, "WASTEWATER", "METRE", List.of(5),
                new Object[] {"Ortsnetz Wanfried", 51.183, 10.172, 2500}, new Object[] {"Altenburschla", 51.160, 10.135, 1500}));
        posted(sontra, region, demand(YEAR, "WASTEWATER", "METRE", List.of(5), new Object[] {"Kernstadt Sontra", 51.064, 9.935, 2500}));
        posted(sontra, region, demand(YEAR, "WATER_SUPPLY", "HOUR", List.of(6), new Object[] {"Hochbehälter Sontra", 51.07, 9.94, 16}));
        posted(grossalmerode, region, demand(YEAR, "WATER_SUPPLY", "METRE", List.of(6),
                new Object[] {"Zuleitung Hochbehälter", 51.258, 9.785, 1800}));
        as(dispatcher(wanfried, region)).body(demand(YEAR, "WASTEWATER", "METRE", List.of(6),
                new Object[] {"Ortsnetz", 51.18, 10.17, 100})).post("/flushing-demands").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString(wanfriedDemand.toString()));

        // the plan: May's wastewater demand against A's four days after the workshop and B's free days
        List<LocalDate> aDays = workdays(LocalDate.of(YEAR, 5, 26), LocalDate.of(YEAR, 5, 31));
        int bDays = workdays(LocalDate.of(YEAR, 5, 1), LocalDate.of(YEAR, 5, 31)).size() - 1;
        JsonPath plan = as(coordinator(region)).queryParam("sector", "WASTEWATER").get("/flushing-plans/" + YEAR)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> may = plan.getMap("months.find { it.month == 5 && it.unit == 'METRE' }");
        assertEquals(0, new BigDecimal(may.get("demand").toString()).compareTo(new BigDecimal(6500)));
        assertEquals(0, new BigDecimal(may.get("capacity").toString()).compareTo(BigDecimal.valueOf(1500L * aDays.size() + 1000L * bDays)));
        assertEquals(2, plan.getList("demands").size());
        assertEquals(2, plan.getList("vehicles").size());

        JsonPath wastewater = as(coordinator(region)).body(Map.of("year", YEAR, "sector", "WASTEWATER"))
                .post("/flushing-campaigns").then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> ww = bookings(wastewater);
        assertEquals(List.of(), wastewater.getList("conflicts"));
        // every site gets exactly its metres, never more than a vehicle's capacity on a day, one job per vehicle and day
        assertEquals(Map.of(wanfried + "/Ortsnetz Wanfried", new BigDecimal("2500.000"), wanfried + "/Altenburschla",
                new BigDecimal("1500.000"), sontra + "/Kernstadt Sontra", new BigDecimal("2500.000")), metresPerSite(ww));
        Set<String> vehicleDays = new HashSet<>();
        for (Map<String, Object> booking : ww) {
            UUID offer = UUID.fromString((String) booking.get("offerId"));
            BigDecimal metres = new BigDecimal(((Map<?, ?>) booking.get("scope")).get("quantity").toString());
            assertTrue(metres.compareTo(BigDecimal.valueOf(offer.equals(a) ? 1500 : 1000)) <= 0, booking.toString());
            LocalDate day = Instant.parse((String) booking.get("start")).atZone(BERLIN).toLocalDate();
            assertTrue(vehicleDays.add(offer + "/" + day), "two jobs of one vehicle on " + day);
            assertEquals(5, day.getMonthValue(), "in the preferred month: " + booking);
            assertEquals("WASTEWATER", booking.get("sector"));
            assertEquals("REQUESTED", booking.get("status"));
            assertTrue(!offer.equals(a) || !day.isBefore(LocalDate.of(YEAR, 5, 26)), "A is in the workshop: " + booking);
            assertTrue(!offer.equals(b) || !day.equals(taken), "B's booked day is not booked again: " + booking);
        }
        // nearest first: A (Eschwege) takes every day it has before B (Witzenhausen) gets the rest
        long onA = ww.stream().filter(x -> x.get("offerId").equals(a.toString())).count();
        assertEquals(Math.min(aDays.size(), 5), onA);
        assertEquals(5 - onA, ww.size() - onA);

        JsonPath water = as(coordinator(region)).body(Map.of("year", YEAR, "sector", "WATER_SUPPLY"))
                .post("/flushing-campaigns").then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> ws = bookings(water);
        assertEquals(Map.of(grossalmerode + "/Zuleitung Hochbehälter", new BigDecimal("1800.000")), metresPerSite(ws));
        assertTrue(ws.stream().allMatch(x -> x.get("offerId").equals(b.toString()) && x.get("sector").equals("WATER_SUPPLY")
                && Instant.parse((String) x.get("start")).atZone(BERLIN).getMonthValue() == 6), ws.toString());
        assertEquals(List.of("no-provider"), water.getList("conflicts.reason"));
        assertEquals(List.of(sontra.toString()), water.getList("conflicts.memberId"));

        // the providers confirm their series like any booking; the members read their series
        for (Map<String, Object> booking : concat(ww, ws)) {
            UUID provider = booking.get("offerId").equals(a.toString()) ? eschwege : witzenhausen;
            as(worksStaff(provider, region)).post("/bookings/" + booking.get("id") + "/confirm").then().statusCode(200)
                    .body("status", equalTo("CONFIRMED"));
        }
        String seriesOfSontra = wastewater.getString("series.find { it.memberId == '" + sontra + "' }.seriesId");
        as(dispatcher(sontra, region)).get("/booking-series/" + seriesOfSontra).then().statusCode(200)
                .body("bookings.status", not(hasItem("REQUESTED")));
        as(coordinator(region)).get("/flushing-campaigns/" + wastewater.getString("id")).then().statusCode(200)
                .body("series.bookings.flatten().status", not(hasItem("REQUESTED")));
        assertEquals(0, Race.overlappingActivePairs());

        // a plan becomes one campaign; planned demands are fixed; another county sees nothing
        as(coordinator(region)).body(Map.of("year", YEAR, "sector", "WASTEWATER")).post("/flushing-campaigns")
                .then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("campaign-exists"));
        as(dispatcher(wanfried, region)).body(demand(YEAR, "WASTEWATER", "METRE", List.of(5),
                new Object[] {"Ortsnetz", 51.18, 10.17, 100})).put("/flushing-demands/" + wanfriedDemand)
                .then().statusCode(409);
        as(coordinator(UUID.randomUUID())).get("/flushing-campaigns/" + wastewater.getString("id")).then().statusCode(404);
        as(coordinator(UUID.randomUUID())).get("/flushing-demands/" + wanfriedDemand).then().statusCode(404);
        as(dispatcher(sontra, region)).get("/flushing-demands/" + wanfriedDemand).then().statusCode(404);
        as(coordinator(region)).get("/flushing-demands/" + wanfriedDemand).then().statusCode(200)
                .body("campaignId", equalTo(wastewater.getString("id")));
    }

    @Test
    void aPlanTurnedIntoACampaignEightTimesAtOnceGivesOneCampaign() throws Exception {
        UUID region = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        vehicle(region, owner, 51.188, 10.053, 1000, "WASTEWATER");
        for (int i = 0; i < 3; i++) {
            posted(UUID.randomUUID(), region, demand(YEAR, "WASTEWATER", "METRE", List.of(9),
                    new Object[] {"Ortsnetz " + i, 51.2 + i / 100.0, 10.1, 2500}));
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> as(coordinator(region)).body(Map.of("year", YEAR, "sector", "WASTEWATER"))
                    .post("/flushing-campaigns").statusCode());
        }
        assertEquals(Map.of(201, 1L, 409, 7L), Race.run(calls));
        assertEquals(1, PoolFeed.count("select count(*) from flushing_campaign where region_id = ?", region));
        assertEquals(9, PoolFeed.count("select count(*) from booking where region_id = ?", region), "3 × 2,500 m at 1,000 m a day");
        assertEquals(0, Race.overlappingActivePairs());
    }

    private static List<Map<String, Object>> bookings(JsonPath campaign) {
        return campaign.getList("series.bookings.flatten()");
    }

    private static Map<String, BigDecimal> metresPerSite(List<Map<String, Object>> bookings) {
        Map<String, BigDecimal> sum = new HashMap<>();
        for (Map<String, Object> x : bookings) {
            sum.merge(x.get("consumerMemberId") + "/" + x.get("site"), new BigDecimal(((Map<?, ?>) x.get("scope")).get("quantity").toString())
                    .setScale(3), BigDecimal::add);
        }
        return sum;
    }

    private static List<LocalDate> workdays(LocalDate from, LocalDate until) {
        return from.datesUntil(until.plusDays(1)).filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
                && d.getDayOfWeek() != DayOfWeek.SUNDAY).toList();
    }

    private static Instant local(int year, int month, int day, int hour) {
        return local(LocalDate.of(year, month, day), hour);
    }

    private static Instant local(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(BERLIN).toInstant();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
