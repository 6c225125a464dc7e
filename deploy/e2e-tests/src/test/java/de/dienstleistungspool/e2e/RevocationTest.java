package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.dienstleistungspool.e2e.stack.Api;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** A revoked API client's still-valid token is refused by the other three services within seconds (via Kafka). */
@Order(2)
class RevocationTest extends StackTest {

    @Test
    void tokenOfRevokedClientIsRejectedByEveryServiceWithinSeconds() {
        String admin = API.token("eschwege-member-admin");
        Api.Reply created = API.post("municipality", "/members/" + ESCHWEGE + "/clients", admin,
                Map.of("name", "Leitwarte e2e", "roles", List.of("dispatcher", "works-staff", "member-admin")));
        assertEquals(201, created.status(), created.toString());
        String clientId = created.json().get("client").get("clientId").asText();
        String secret = created.json().get("clientSecret").asText();
        Api.Reply issued = API.tokenRequest(clientId, secret);
        assertEquals(200, issued.status(), "token for the new client: " + issued + " / " + created);
        String token = issued.json().get("access_token").asText();
        Map<String, String> probes = Map.of("pool", "/offers", "booking", "/bookings", "notification", "/webhooks");
        probes.forEach((service, path) -> assertEquals(200, API.get(service, path, token).status(), service));

        Api.Reply revoked = API.post("municipality", "/members/" + ESCHWEGE + "/clients/" + clientId + "/revoke",
                admin, null);
        assertEquals(200, revoked.status(), revoked.toString());
        long t0 = System.nanoTime();
        probes.forEach((service, path) -> await(service + " refusing the revoked client's token",
                Duration.ofSeconds(15), () -> {
                    Api.Reply r = API.get(service, path, token);
                    return r.status() == 401 && r.isProblem();
                }));
        System.out.printf("revocation effective in all services after %.1f s%n", (System.nanoTime() - t0) / 1e9);
        assertEquals(4, API.tokenRequest(clientId, secret).status() / 100, "no new token either");
    }
}
