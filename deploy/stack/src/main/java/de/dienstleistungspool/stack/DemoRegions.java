package de.dienstleistungspool.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Creates the demo's two regions (docs/DEMO.md) through municipality-service's API, as the stack's platform operator
 * would set up any county, under the fixed ids the rest of the demo data refers to: {@code PUT /regions/{id}}, which
 * creates a region once and answers a repeat with 200, so a stack started on kept data changes nothing.
 */
public final class DemoRegions {

    /** The stack's platform operator client and its published secret (StackService.MUNICIPALITY holds its hash). */
    public static final String OPERATOR_CLIENT = "platform-operator";
    public static final String OPERATOR_SECRET = "demo-secret";

    /** A demo region as the operator sets it up: its pool office and its first coordinator (acting for no member). */
    public record Region(String id, String name, String officeName, String officeEmail, String coordinatorName,
                         String coordinatorEmail) {
    }

    public static final List<Region> REGIONS = List.of(
            new Region("00000000-0000-4000-a000-000000000001", "Werra-Meißner-Kreis",
                    "Koordinationsstelle Dienstleistungspool", "pool@werra-meissner-kreis.example",
                    "Koordination Werra-Meißner-Kreis", "koordination@wmk.demo"),
            new Region("00000000-0000-4000-a000-000000000002", "Landkreis Kassel",
                    "Koordinationsstelle Landkreis Kassel", "pool@landkreis-kassel.example",
                    "Koordination Landkreis Kassel", "koordination@landkreis-kassel.demo"));

    /** The first year with settlement terms (the demo's rates start in 2025), and those terms. */
    static final int FIRST_YEAR = 2025;
    static final Map<String, Object> TERMS = Map.of("toleranceHours", 8, "remainder", "CARRY_OVER");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String municipalityUrl;

    public DemoRegions(String municipalityUrl) {
        this.municipalityUrl = municipalityUrl;
    }

    /** Puts every demo region as the platform operator; returns one line per region: "name (created|unchanged)". */
    public List<String> create() {
        String token = operatorToken();
        List<String> outcome = new ArrayList<>();
        for (Region r : REGIONS) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(municipalityUrl + "/regions/" + r.id()))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body(r))));
            if (answer.statusCode() != 201 && answer.statusCode() != 200) {
                throw new IllegalStateException("PUT /regions/" + r.id() + " answered " + answer.statusCode() + ": "
                        + answer.body() + " (deploy/stack.sh --fresh starts from the demo data)");
            }
            outcome.add(r.name() + (answer.statusCode() == 201 ? " created" : " unchanged"));
        }
        return outcome;
    }

    /** The request body of the region's {@code PUT /regions/{id}}. */
    public static String body(Region r) {
        try {
            return JSON.writeValueAsString(Map.of("name", r.name(), "coordinatorName", r.officeName(),
                    "coordinatorEmail", r.officeEmail(), "firstYear", FIRST_YEAR, "settlementTerms", TERMS,
                    "coordinators", List.of(Map.of("name", r.coordinatorName(), "email", r.coordinatorEmail()))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String operatorToken() {
        String basic = Base64.getEncoder().encodeToString((OPERATOR_CLIENT + ":" + OPERATOR_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(municipalityUrl + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type="
                        + URLEncoder.encode("client_credentials", StandardCharsets.UTF_8))));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The platform operator's token was refused: " + answer.statusCode() + " "
                    + answer.body());
        }
        try {
            JsonNode token = JSON.readTree(answer.body()).get("access_token");
            if (token == null) {
                throw new IllegalStateException("No access_token in " + answer.body());
            }
            return token.asText();
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable token answer: " + answer.body(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("municipality-service at " + municipalityUrl + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
