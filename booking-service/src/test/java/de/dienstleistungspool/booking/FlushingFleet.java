package de.dienstleistungspool.booking;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Flushing vehicles and demands for the flushing-plan tests: a region of their own (so no other test's offers or
 * campaigns meet them), service offers with a capacity per day on {@code pool-events}, demands posted over HTTP.
 */
final class FlushingFleet {

    private FlushingFleet() {
    }

    /** An active SEWER_FLUSHING service of the owner in the region: metres, Mon–Fri 07:00–16:00, 60 min buffer. */
    static UUID vehicle(UUID region, UUID owner, double latitude, double longitude, int capacityPerDay, String... sectors) {
        return PoolFeed.offer(o -> {
            o.put("regionId", region.toString());
            o.put("ownerMemberId", owner.toString());
            o.put("kind", "SERVICE");
            o.put("category", "SEWER_FLUSHING");
            o.put("title", "Kanalspülfahrzeug " + owner.toString().substring(30));
            o.put("unit", "METRE");
            o.put("bufferMinutes", 60);
            o.put("capacityPerDay", capacityPerDay);
            ArrayNode s = o.putArray("sectors");
            for (String sector : sectors) {
                s.add(sector);
            }
            ObjectNode depot = o.putObject("depot");
            depot.put("name", "Bauhof");
            depot.put("latitude", latitude);
            depot.put("longitude", longitude);
            ArrayNode hours = o.putArray("bookableHours");
            ObjectNode workdays = hours.addObject();
            workdays.putArray("days").add("MONDAY").add("TUESDAY").add("WEDNESDAY").add("THURSDAY").add("FRIDAY");
            workdays.put("from", "07:00");
            workdays.put("to", "16:00");
        });
    }

    static String dispatcher(UUID member, UUID region) {
        return TestTokens.token(member, region, Roles.DISPATCHER);
    }

    static String worksStaff(UUID member, UUID region) {
        return TestTokens.token(member, region, Roles.WORKS_STAFF);
    }

    static String coordinator(UUID region) {
        return TestTokens.token(UUID.nameUUIDFromBytes(("coordinator-" + region).getBytes()), region, Roles.COORDINATOR);
    }

    /** A demand body: one unit and settlement mode, the given months, sites as name, latitude, longitude, quantity. */
    static Map<String, Object> demand(int year, String sector, String unit, List<Integer> months, Object[]... sites) {
        return Map.of("year", year, "sector", sector, "unit", unit, "settlementMode", "MONETARY",
                "preferredMonths", months, "sites", java.util.Arrays.stream(sites).map(s -> Map.of("name", s[0],
                        "latitude", s[1], "longitude", s[2], "quantity", s[3])).toList());
    }

    /** Posts the demand as the member's dispatcher and returns its id (201 required). */
    static UUID posted(UUID member, UUID region, Map<String, Object> body) {
        return UUID.fromString(Api.as(dispatcher(member, region)).body(body).post("/flushing-demands")
                .then().statusCode(201).extract().path("id"));
    }
}
