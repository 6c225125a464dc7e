package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.e2e.stack.Api;
import de.dienstleistungspool.stack.DemoRegions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo's two regions came through the API, as the stack launcher creates them ({@code PUT /regions/{id}} as the
 * platform operator) before the demo data: each one's terms are in the rates history as published by the operator,
 * its coordinator acts for no member and signs in with the demo password, and putting it again changes nothing.
 */
class DemoRegionsThroughTheApiTest extends StackTest {

    @Test
    void theDemoRegionsWereCreatedByThePlatformOperatorThroughTheApi() throws Exception {
        String operator = API.tokenRequest(DemoRegions.OPERATOR_CLIENT, DemoRegions.OPERATOR_SECRET).json()
                .get("access_token").asText();
        int years = LocalDate.now(ZoneId.of("Europe/Berlin")).getYear() + 1 - 2025 + 1;
        for (DemoRegions.Region region : DemoRegions.REGIONS) {
            Api.Reply coordinators = API.get("municipality", "/regions/" + region.id() + "/coordinators", operator);
            assertEquals(200, coordinators.status(), coordinators.toString());
            assertEquals(1, coordinators.json().size(), coordinators.toString());
            assertEquals(region.coordinatorEmail(), coordinators.json().get(0).get("email").asText());
            assertTrue(coordinators.json().get(0).get("memberId").isNull(), "the region's coordinator acts for no member");
            // each year's terms were recorded by the request of the platform operator, not by SQL
            assertEquals(years, DB.count("municipality", "select count(*) from audit_record where action = 'RatesPublished' "
                    + "and actor_subject = ? and object_id like ?", DemoRegions.OPERATOR_CLIENT, region.id() + "/%"));

            // the launcher's request again (a restart on kept data): 200, nothing new, no password
            Api.Reply again = API.put("municipality", "/regions/" + region.id(), operator,
                    Api.JSON.readValue(DemoRegions.body(region), Map.class));
            assertEquals(200, again.status(), again.toString());
            assertTrue(again.json().get("coordinators").get(0).get("initialPassword").isNull());
        }
        assertEquals(2, DB.count("municipality", "select count(*) from region where id in (?::uuid, ?::uuid)",
                DemoRegions.REGIONS.get(0).id(), DemoRegions.REGIONS.get(1).id()));

        // the Werra-Meißner-Kreis' rates history shows who published 2025's terms: the platform operator
        Api.Reply history = API.get("municipality", "/regions/" + REGION + "/rates/2025/history", API.token("eschwege-dispatcher"));
        assertEquals(200, history.status(), history.toString());
        JsonNode first = history.json().get(0);
        assertEquals("RatesPublished", first.get("action").asText());
        assertEquals(DemoRegions.OPERATOR_CLIENT, first.get("actorSubject").asText());

        // the API-created coordinator signs in with the demo password and runs the county with all 19 demo members
        Api.Reply signIn = API.passwordToken("koordination@wmk.demo", Api.DEMO_SECRET);
        assertEquals(200, signIn.status(), signIn.toString());
        String token = signIn.json().get("access_token").asText();
        JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertEquals(REGION, claims.get("region_id").asText());
        assertFalse(claims.hasNonNull("member_id"), claims.toString());
        Api.Reply members = API.get("municipality", "/members?size=100", token);
        assertEquals(200, members.status(), members.toString());
        assertTrue(members.json().get("total").asInt() >= 19, members.toString());
        assertEquals("Werra-Meißner-Kreis", API.get("municipality", "/regions/" + REGION, token).json().get("name").asText());
    }
}
