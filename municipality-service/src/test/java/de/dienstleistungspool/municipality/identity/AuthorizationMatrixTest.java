package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint of the service against every kind of caller: each role of member A, no token, an expired token, a
 * forged token, a token of member B of the same region, a token of member C of another region and the platform
 * operator's token.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Who { COORDINATOR, DISPATCHER, WORKS_STAFF, ACCOUNTING, MEMBER_ADMIN, NO_TOKEN, EXPIRED, FORGED, OTHER_MEMBER, OTHER_REGION, OPERATOR }

    private static final Set<Who> ANY_ROLE = Set.of(Who.COORDINATOR, Who.DISPATCHER, Who.WORKS_STAFF, Who.ACCOUNTING, Who.MEMBER_ADMIN);

    @Inject
    EntityManager em;

    private TestCounty county;

    record Endpoint(String method, String name, Function<Who, String> path, Supplier<Object> body, Map<Who, Integer> expected) {
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAgainstEveryCaller() {
        county = new TestCounty(em);
        Map<String, Object> clientCredentials = county.newClient(county.memberA, Roles.DISPATCHER);
        List<Endpoint> endpoints = new ArrayList<>();
        UUID a = county.memberA;
        endpoints.add(new Endpoint("GET", "/members", w -> "/members", null, expect(200, ANY_ROLE, 200, 200)));
        endpoints.add(new Endpoint("GET", "/members/{id}", w -> "/members/" + a, null, expect(200, ANY_ROLE, 200, 404)));
        endpoints.add(new Endpoint("POST", "/members", w -> "/members", this::memberBody, expect(201, Set.of(Who.COORDINATOR), 403, 201)));
        endpoints.add(new Endpoint("PUT", "/members/{id}", w -> "/members/" + a, this::memberBody,
                expect(200, Set.of(Who.COORDINATOR, Who.MEMBER_ADMIN), 403, 404)));
        endpoints.add(new Endpoint("POST", "/members/{id}/leave",
                w -> "/members/" + county.admit(county.region1, "Gemeinde " + UUID.randomUUID()) + "/leave", null,
                expect(200, Set.of(Who.COORDINATOR), 403, 404)));
        endpoints.add(new Endpoint("POST", "/members/{id}/depots", w -> "/members/" + a + "/depots", this::depotBody,
                expect(201, Set.of(Who.COORDINATOR, Who.MEMBER_ADMIN), 403, 404)));
        endpoints.add(new Endpoint("PUT", "/members/{id}/depots/{depotId}", w -> "/members/" + a + "/depots/" + county.depotA,
                this::depotBody, expect(200, Set.of(Who.COORDINATOR, Who.MEMBER_ADMIN), 403, 404)));
        Set<Who> anyRoleOrOperator = Set.of(Who.COORDINATOR, Who.DISPATCHER, Who.WORKS_STAFF, Who.ACCOUNTING, Who.MEMBER_ADMIN, Who.OPERATOR);
        endpoints.add(new Endpoint("GET", "/regions/{id}", w -> "/regions/" + county.region1, null, expect(200, anyRoleOrOperator, 200, 404)));
        // counties are set up by the platform operator alone: no role of any county may create, extend or deactivate one
        Set<Who> operator = Set.of(Who.OPERATOR);
        endpoints.add(new Endpoint("POST", "/regions", w -> "/regions", this::regionBody, expect(201, operator, 403, 403)));
        endpoints.add(new Endpoint("PUT", "/regions/{id}", w -> "/regions/" + UUID.randomUUID(), this::regionBody, expect(201, operator, 403, 403)));
        endpoints.add(new Endpoint("GET", "/regions/{id}/coordinators", w -> "/regions/" + county.region1 + "/coordinators", null,
                expect(200, operator, 403, 403)));
        endpoints.add(new Endpoint("POST", "/regions/{id}/coordinators", w -> "/regions/" + county.region1 + "/coordinators",
                () -> Map.of("name", "Koordination", "email", "k" + UUID.randomUUID() + "@example.org"), expect(201, operator, 403, 403)));
        endpoints.add(new Endpoint("POST", "/regions/{id}/deactivation", w -> "/regions/" + county.newRegion() + "/deactivation", null,
                expect(200, operator, 403, 403)));
        endpoints.add(new Endpoint("GET", "/regions/{id}/rates/{year}", w -> "/regions/" + county.region1 + "/rates/2031", null,
                expect(200, ANY_ROLE, 200, 404)));
        endpoints.add(new Endpoint("PUT", "/regions/{id}/rates/{year}", w -> "/regions/" + county.region1 + "/rates/2031",
                this::rateBody, expect(200, Set.of(Who.COORDINATOR), 403, 404)));
        Set<Who> admin = Set.of(Who.MEMBER_ADMIN);
        endpoints.add(new Endpoint("POST", "/members/{id}/users", w -> "/members/" + a + "/users", this::userBody, expect(201, admin, 404, 404)));
        endpoints.add(new Endpoint("GET", "/members/{id}/users", w -> "/members/" + a + "/users", null, expect(200, admin, 404, 404)));
        endpoints.add(new Endpoint("GET", "/members/{id}/users/{userId}", w -> "/members/" + a + "/users/" + county.userA, null,
                expect(200, admin, 404, 404)));
        endpoints.add(new Endpoint("PUT", "/members/{id}/users/{userId}", w -> "/members/" + a + "/users/" + county.userA,
                () -> Map.of("name", "Erika Muster", "roles", List.of(Roles.DISPATCHER, Roles.WORKS_STAFF)), expect(200, admin, 404, 404)));
        endpoints.add(new Endpoint("POST", "/members/{id}/users/{userId}/deactivate",
                w -> "/members/" + a + "/users/" + county.newUser(a) + "/deactivate", null, expect(200, admin, 404, 404)));
        endpoints.add(new Endpoint("POST", "/members/{id}/clients", w -> "/members/" + a + "/clients",
                () -> Map.of("name", "Leitsystem", "roles", List.of(Roles.DISPATCHER)), expect(201, admin, 404, 404)));
        endpoints.add(new Endpoint("GET", "/members/{id}/clients", w -> "/members/" + a + "/clients", null, expect(200, admin, 404, 404)));
        endpoints.add(new Endpoint("GET", "/members/{id}/clients/{clientId}", w -> "/members/" + a + "/clients/" + county.clientA, null,
                expect(200, admin, 404, 404)));
        endpoints.add(new Endpoint("POST", "/members/{id}/clients/{clientId}/revoke",
                w -> "/members/" + a + "/clients/" + county.newClient(a, Roles.DISPATCHER).get("clientId") + "/revoke", null,
                expect(200, admin, 404, 404)));
        // key rotation is the platform operator's alone: a county's coordinator (of any region) is refused
        endpoints.add(new Endpoint("POST", "/signing-keys", w -> "/signing-keys", null, expect(201, Set.of(Who.OPERATOR), 403, 403)));
        endpoints.add(new Endpoint("GET", "/.well-known/jwks.json", w -> "/.well-known/jwks.json", null, open()));
        endpoints.add(new Endpoint("POST", "/oauth2/token", w -> "/oauth2/token", null, open()));

        return endpoints.stream().flatMap(e -> Stream.of(Who.values()).map(who ->
                DynamicTest.dynamicTest(e.method() + " " + e.name() + " as " + who, () -> check(e, who, clientCredentials))));
    }

    private void check(Endpoint e, Who who, Map<String, Object> clientCredentials) {
        RequestSpecification request = given();
        String token = token(who);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (e.name().equals("/oauth2/token")) {
            request = request.contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                    .formParam("client_id", clientCredentials.get("clientId")).formParam("client_secret", clientCredentials.get("clientSecret"));
        } else if (e.body() != null) {
            request = request.contentType(ContentType.JSON).body(e.body().get());
        } else if (!e.method().equals("GET")) {
            request = request.contentType(ContentType.JSON);
        }
        if (e.method().equals("POST")) {
            request = request.header("Idempotency-Key", UUID.randomUUID().toString()); // creates need one; others ignore it
        }
        Response response = request.request(e.method(), e.path().apply(who));
        int expected = e.expected().get(who);
        assertEquals(expected, response.statusCode(), e.method() + " " + e.name() + " as " + who + ": " + response.asString());
        if (expected >= 400) {
            assertTrue(response.contentType().startsWith("application/problem+json"), "problem+json expected, got " + response.contentType());
        }
    }

    private String token(Who who) {
        UUID a = county.memberA;
        return switch (who) {
            case COORDINATOR -> TestTokens.token(a, county.region1, Roles.COORDINATOR);
            case DISPATCHER -> TestTokens.token(a, county.region1, Roles.DISPATCHER);
            case WORKS_STAFF -> TestTokens.token(a, county.region1, Roles.WORKS_STAFF);
            case ACCOUNTING -> TestTokens.token(a, county.region1, Roles.ACCOUNTING);
            case MEMBER_ADMIN -> TestTokens.token(a, county.region1, Roles.MEMBER_ADMIN);
            case NO_TOKEN -> null;
            case EXPIRED -> TestTokens.expired(a, county.region1, TestCounty.ALL_ROLES);
            case FORGED -> TestTokens.forged(a, county.region1, TestCounty.ALL_ROLES);
            case OTHER_MEMBER -> TestTokens.token(county.memberB, county.region1, Roles.DISPATCHER, Roles.WORKS_STAFF,
                    Roles.ACCOUNTING, Roles.MEMBER_ADMIN);
            case OTHER_REGION -> TestTokens.token(county.memberC, county.region2, TestCounty.ALL_ROLES);
            case OPERATOR -> SigningKeyProtectionTest.operatorToken();
        };
    }

    /** Allowed roles get {@code ok}, other roles 403, missing or invalid tokens 401. */
    private static Map<Who, Integer> expect(int ok, Set<Who> allowed, int otherMember, int otherRegion) {
        Map<Who, Integer> m = new EnumMap<>(Who.class);
        ANY_ROLE.forEach(w -> m.put(w, allowed.contains(w) ? ok : 403));
        m.put(Who.OPERATOR, allowed.contains(Who.OPERATOR) ? ok : 403);
        m.put(Who.NO_TOKEN, 401);
        m.put(Who.EXPIRED, 401);
        m.put(Who.FORGED, 401);
        m.put(Who.OTHER_MEMBER, otherMember);
        m.put(Who.OTHER_REGION, otherRegion);
        return m;
    }

    /** Public endpoints: everybody 200, but a presented token that is invalid is still refused. */
    private static Map<Who, Integer> open() {
        Map<Who, Integer> m = new EnumMap<>(Who.class);
        for (Who w : Who.values()) {
            m.put(w, 200);
        }
        m.put(Who.EXPIRED, 401);
        m.put(Who.FORGED, 401);
        return m;
    }

    private Object memberBody() {
        return Map.of("name", "Gemeinde " + UUID.randomUUID(), "kind", "ZWECKVERBAND", "sectors", List.of("WASTEWATER"),
                "leitwegId", "06636003-ESW-" + de.dienstleistungspool.municipality.domain.LeitwegId.checkDigits("06636003ESW"));
    }

    private Object depotBody() {
        return Map.of("name", "Klärwerk " + UUID.randomUUID(), "latitude", 51.15, "longitude", 10.01);
    }

    private Object rateBody() {
        return Map.of("rates", List.of(Map.of("sector", "WASTEWATER", "category", "SEWER_FLUSHING", "unit", "HOUR", "amount", 145)),
                "settlementTerms", Map.of("toleranceHours", 8, "remainder", "CARRY_OVER"));
    }

    private Object regionBody() {
        return Map.of("name", "Landkreis " + UUID.randomUUID(), "coordinatorName", "Koordinationsstelle",
                "coordinatorEmail", "pool@kreis.example", "firstYear", 2026,
                "settlementTerms", Map.of("toleranceHours", 8, "remainder", "CARRY_OVER"),
                "coordinators", List.of(Map.of("name", "Koordination", "email", "k" + UUID.randomUUID() + "@example.org")));
    }

    private Object userBody() {
        return Map.of("name", "Max Muster", "email", "m" + UUID.randomUUID() + "@example.org", "roles", List.of(Roles.WORKS_STAFF));
    }
}
