package de.dienstleistungspool.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.e2e.stack.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The services of the stack run in the production profile, so their logs are what a county's log collector gets: one
 * JSON object per line, each naming its service, and none holding a token, a secret or an Authorization header.
 * notification-service runs in the profile {@code local} (webhooks to this machine), which logs plain text like the
 * local stack; its lines are checked for secrets only.
 */
@Order(2)
class ProductionLogsTest extends StackTest {

    @Test
    void everyServiceLogsJsonLinesWithoutTokensOrSecrets() throws IOException {
        String token = API.freshToken("eschwege-dispatcher");
        assertEquals(200, API.get("booking", "/bookings", token).status());
        assertEquals(200, API.get("pool", "/offers", token).status());
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "Zm9yZ2Vk";
        assertEquals(401, API.get("notification", "/notifications", forged).status());
        assertEquals(401, API.tokenRequest("eschwege-dispatcher", "wrong-secret").status());

        List<String> problems = new ArrayList<>();
        for (String service : List.of("municipality-service", "pool-service", "booking-service", "notification-service",
                "portal")) {
            boolean production = !service.equals("notification-service");
            List<String> lines = Files.readAllLines(STACK.log(service));
            int checked = 0;
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("---- ")) {
                    continue; // the launcher's own line before each start of the service (ChildProcess)
                }
                for (String secret : List.of(token, forged, token.substring(token.length() / 2), "Bearer ",
                        Api.DEMO_SECRET, "wrong-secret")) {
                    if (line.contains(secret)) {
                        problems.add(service + ": a token or secret in the log: " + line);
                    }
                }
                if (!production) {
                    checked++;
                    continue;
                }
                try {
                    JsonNode entry = Api.JSON.readTree(line);
                    if (entry.isObject() && entry.has("message") && entry.path("service").asText().equals(service)) {
                        checked++;
                        continue;
                    }
                } catch (IOException notJson) {
                    // reported below
                }
                problems.add(service + ": not a JSON log line of " + service + ": " + line);
            }
            assertTrue(checked > 0, service + " logged nothing");
        }
        assertEquals(List.of(), problems.stream().limit(20).toList());
    }
}
