package de.dienstleistungspool.booking;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Offers for the workflow tests, published on {@code pool-events} as pool-service does: a category and sector, a
 * depot with coordinates, and optionally emergency use with an on-call contact or the person a standby offer provides.
 */
public final class DispatchOffers {

    private DispatchOffers() {
    }

    /** An active offer of the owner in the category (WASTEWATER, unit HOUR, no buffer) at the given depot. */
    public static UUID at(UUID owner, String category, double latitude, double longitude, Consumer<ObjectNode> more) {
        return PoolFeed.offer(o -> {
            o.put("ownerMemberId", owner.toString());
            o.put("category", category);
            o.put("title", category + " " + owner.toString().substring(33));
            o.put("unit", "HOUR");
            o.put("bufferMinutes", 0);
            o.putArray("sectors").add("WASTEWATER");
            ObjectNode depot = o.putObject("depot");
            depot.put("name", "Bauhof");
            depot.put("latitude", latitude);
            depot.put("longitude", longitude);
            more.accept(o);
        });
    }

    /** Marks the offer as available for emergency requests with the given on-call contact. */
    public static Consumer<ObjectNode> emergency(String onCallEmail) {
        return o -> {
            o.put("emergencyUse", true);
            ObjectNode onCall = o.putObject("onCall");
            onCall.put("name", "Rufbereitschaft");
            onCall.put("email", onCallEmail);
            onCall.put("phone", "+49 5651 304-111");
        };
    }

    /** A standby offer that provides the given person. */
    public static Consumer<ObjectNode> person(UUID personId, String name) {
        return o -> {
            o.put("kind", "STAFF_STANDBY");
            ObjectNode person = o.putObject("person");
            person.put("id", personId.toString());
            person.put("name", name);
        };
    }

    public static Consumer<ObjectNode> autoConfirm() {
        return o -> o.put("autoConfirm", true);
    }

    public static Consumer<ObjectNode> nothing() {
        return o -> { };
    }
}
