package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.e2e.stack.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A person whose roles are cut keeps no old token: the member admin demotes a member-admin to dispatcher, and every
 * service refuses the token issued before the change within seconds (the revocation path of {@code member-events}),
 * while a token issued after it works with the new roles.
 */
@Order(2)
class DemotionTest extends StackTest {

    @Test
    void aDemotedPersonsOldTokenIsRefusedByEveryServiceWithinSeconds() throws InterruptedException {
        String admin = API.token("eschwege-member-admin");
        String email = "demoted-" + UUID.randomUUID() + "@eschwege.example";
        Api.Reply created = API.post("municipality", "/members/" + ESCHWEGE + "/users", admin,
                Map.of("name", "Hanna Herabgestuft", "email", email, "roles", List.of("member-admin", "dispatcher")));
        assertEquals(201, created.status(), created.toString());
        String userId = created.json().get("user").get("id").asText();
        String password = created.json().get("initialPassword").asText();
        String old = API.passwordToken(email, password).json().get("access_token").asText();
        Map<String, String> probes = Map.of("pool", "/offers", "booking", "/bookings", "notification", "/webhooks",
                "municipality", "/members/" + ESCHWEGE + "/users");
        probes.forEach((service, path) -> assertEquals(200, API.get(service, path, old).status(), service));

        Api.Reply demoted = API.put("municipality", "/members/" + ESCHWEGE + "/users/" + userId, admin,
                Map.of("name", "Hanna Herabgestuft", "roles", List.of("dispatcher")));
        assertEquals(200, demoted.status(), demoted.toString());
        long t0 = System.nanoTime();
        probes.forEach((service, path) -> await(service + " refusing the demoted person's old token",
                Duration.ofSeconds(15), () -> API.get(service, path, old).status() == 401));
        System.out.printf("demotion effective in all services after %.1f s%n", (System.nanoTime() - t0) / 1e9);

        Thread.sleep(1_100); // a token of the very second of the change counts as issued before it
        String fresh = API.passwordToken(email, password).json().get("access_token").asText();
        assertEquals(200, API.get("booking", "/bookings", fresh).status());
        assertEquals(403, API.get("notification", "/webhooks", fresh).status(), "no member-admin any more");
    }
}
