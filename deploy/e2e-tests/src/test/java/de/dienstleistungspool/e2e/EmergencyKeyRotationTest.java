package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.e2e.stack.Api;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The emergency brake for a leaked signing key: the platform operator rotates with {@code emergency=true}, and a
 * token signed with the old key, already verified and cached by every service, is refused by all of them within
 * seconds (pool-service within 5 s), while a county's coordinator may not rotate at all. Runs last: it withdraws the
 * key every other test's cached tokens were signed with.
 */
@Order(100)
class EmergencyKeyRotationTest extends StackTest {

    @Test
    void aTokenOfTheWithdrawnKeyIsRefusedByPoolServiceWithinFiveSeconds() {
        String old = API.freshToken("eschwege-dispatcher");
        Map<String, String> probes = Map.of("pool", "/offers", "booking", "/bookings", "notification",
                "/notifications", "municipality", "/members");
        probes.forEach((service, path) -> assertEquals(200, API.get(service, path, old).status(), service));

        Api.Reply coordinator = API.post("municipality", "/signing-keys?emergency=true", API.token("wmk-coordinator"),
                null);
        assertEquals(403, coordinator.status(), coordinator.toString());
        assertTrue(coordinator.isProblem());
        assertEquals(200, API.get("pool", "/offers", old).status(), "the coordinator's attempt changed nothing");

        Api.Reply operator = API.tokenRequest("platform-operator", Api.DEMO_SECRET);
        assertEquals(200, operator.status(), operator.toString());
        Api.Reply rotated = API.post("municipality", "/signing-keys?emergency=true",
                operator.json().get("access_token").asText(), null);
        assertEquals(201, rotated.status(), rotated.toString());
        long t0 = System.nanoTime();
        await("pool-service refusing the withdrawn key's token", Duration.ofSeconds(5),
                () -> API.get("pool", "/offers", old).status() == 401);
        double seconds = (System.nanoTime() - t0) / 1e9;
        probes.forEach((service, path) -> await(service + " refusing the withdrawn key's token",
                Duration.ofSeconds(5), () -> API.get(service, path, old).status() == 401));
        System.out.printf("emergency rotation: pool-service refused the old key's token after %.2f s%n", seconds);

        String fresh = API.freshToken("eschwege-dispatcher");
        probes.forEach((service, path) -> await(service + " accepting a token of the new key", Duration.ofSeconds(90),
                () -> API.get(service, path, fresh).status() == 200));
    }

    @AfterAll
    static void forgetTokensOfTheWithdrawnKey() {
        API.forgetTokens();
    }
}
