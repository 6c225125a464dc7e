package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;

import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh test county built through the API: region 1 with members A and B, region 2 with member C, a depot, a person
 * and an API client of A, and tokens for every role. Random names keep test classes independent in one database.
 */
public final class TestCounty {

    public static final String[] ALL_ROLES = {Roles.COORDINATOR, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.ACCOUNTING, Roles.MEMBER_ADMIN};

    public final UUID region1 = UUID.randomUUID();
    public final UUID region2 = UUID.randomUUID();
    public final UUID memberA;
    public final UUID memberB;
    public final UUID memberC;
    public final UUID depotA;
    public final UUID userA;
    public final String clientA;

    private final EntityManager em;

    public TestCounty(EntityManager em) {
        this.em = em;
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID r : List.of(region1, region2)) {
                em.createNativeQuery("insert into region (id, name) values (?1, ?2)")
                        .setParameter(1, r).setParameter(2, "Testkreis " + r).executeUpdate();
            }
        });
        memberA = admit(region1, "Stadt A " + UUID.randomUUID());
        memberB = admit(region1, "Stadt B " + UUID.randomUUID());
        memberC = admit(region2, "Stadt C " + UUID.randomUUID());
        depotA = UUID.fromString(given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", "Bauhof " + UUID.randomUUID(), "latitude", 51.2, "longitude", 10.0))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/members/" + memberA + "/depots").then().statusCode(201).extract().path("id"));
        userA = newUser(memberA);
        clientA = (String) newClient(memberA, Roles.DISPATCHER).get("clientId");
    }

    /** A further empty region, written directly (as the SQL-built regions above), and its id. */
    public UUID newRegion() {
        UUID r = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into region (id, name) values (?1, ?2)")
                .setParameter(1, r).setParameter(2, "Testkreis " + r).executeUpdate());
        return r;
    }

    /** Admits a member through the API as the region's coordinator and returns its id. */
    public UUID admit(UUID region, String name) {
        Response r = given().auth().oauth2(TestTokens.token(UUID.randomUUID(), region, Roles.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "MUNICIPALITY", "sectors", List.of("WATER_SUPPLY", "WASTEWATER"),
                        "contactEmail", "bauhof@example.org", "address", Map.of("street", "Markt 1", "postalCode", "37269", "city", "Eschwege")))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/members");
        r.then().statusCode(201);
        return UUID.fromString(r.path("member.id"));
    }

    public UUID newUser(UUID member) {
        return UUID.fromString(given().auth().oauth2(token(member, Roles.MEMBER_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", "Erika Muster", "email", "u" + UUID.randomUUID() + "@example.org", "roles", List.of(Roles.DISPATCHER)))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/members/" + member + "/users").then().statusCode(201).extract().path("user.id"));
    }

    /** Creates an API client of the member; answers clientId and clientSecret. */
    public Map<String, Object> newClient(UUID member, String... roles) {
        Map<String, Object> issued = given().auth().oauth2(token(member, Roles.MEMBER_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", "Leitsystem Wasserwerk", "roles", List.of(roles)))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/members/" + member + "/clients").then().statusCode(201).extract().path("$");
        @SuppressWarnings("unchecked")
        Map<String, Object> client = (Map<String, Object>) issued.get("client");
        return Map.of("clientId", client.get("clientId"), "clientSecret", issued.get("clientSecret"));
    }

    /** A token of a person of member A in region 1 with the given roles. */
    public String token(String... roles) {
        return token(memberA, roles);
    }

    public String token(UUID member, String... roles) {
        UUID region = member.equals(memberC) ? region2 : region1;
        return TestTokens.token(member, region, roles);
    }

    public String coordinator() {
        return TestTokens.token(memberA, region1, Roles.COORDINATOR);
    }
}
