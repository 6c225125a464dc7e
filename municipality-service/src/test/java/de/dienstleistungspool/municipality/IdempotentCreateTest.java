package de.dienstleistungspool.municipality;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.municipality.identity.TestCounty;
import de.dienstleistungspool.municipality.settlement.SettlementFixture;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.IdempotentRetry;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every create of municipality-service runs once per Idempotency-Key: members, depots, people, API clients, year
 * closes and ledger reversals. A retried request creates one thing and answers the same (initial passwords and client
 * secrets only the first time: they are never stored), the same key for another request is 422, no key 400.
 */
@QuarkusTest
class IdempotentCreateTest {

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    @Test
    void membersDepotsPeopleAndClientsAreCreatedOncePerKey() {
        TestCounty county = new TestCounty(em);
        String coordinator = county.coordinator();
        Map<String, Object> member = member("Gemeinde " + UUID.randomUUID());
        IdempotentRetry.createsOnce(key -> send(coordinator, key, member, "/members"),
                () -> count("select count(*) from member where region_id = ?", county.region1));
        String name = "Gemeinde " + UUID.randomUUID();
        IdempotentRetry.reusedKeyIsRefused(key -> send(coordinator, key, member(name), "/members"),
                key -> send(coordinator, key, member(name + " Ost"), "/members"),
                () -> count("select count(*) from member where region_id = ?", county.region1));
        IdempotentRetry.keyIsRequired(key -> send(coordinator, key, member("Gemeinde " + UUID.randomUUID()), "/members"),
                () -> count("select count(*) from member where region_id = ?", county.region1));

        Map<String, Object> depot = Map.of("name", "Bauhof " + UUID.randomUUID(), "latitude", 51.2, "longitude", 10.0);
        IdempotentRetry.createsOnce(key -> send(coordinator, key, depot, "/members/" + county.memberA + "/depots"),
                () -> count("select count(*) from depot where member_id = ?", county.memberA));

        String admin = county.token(county.memberA, Roles.MEMBER_ADMIN);
        Map<String, Object> person = Map.of("name", "Erika Muster", "email", "u" + UUID.randomUUID() + "@example.org",
                "roles", List.of(Roles.DISPATCHER));
        IdempotentRetry.createsOnce(key -> send(admin, key, person, "/members/" + county.memberA + "/users"),
                () -> count("select count(*) from app_user where member_id = ?", county.memberA), "initialPassword");

        Map<String, Object> client = Map.of("name", "Leitsystem Klärwerk", "roles", List.of(Roles.DISPATCHER));
        IdempotentRetry.createsOnce(key -> send(admin, key, client, "/members/" + county.memberA + "/clients"),
                () -> count("select count(*) from api_client where member_id = ?", county.memberA), "clientSecret");
    }

    @Test
    void aYearIsClosedAndAnEntryReversedOncePerKey() {
        SettlementFixture f = new SettlementFixture(db, json, 2)
                .rate(2025, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "145.00")
                .terms(2025, "8", "PAY");
        f.book(f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "20", "HOUR",
                Instant.parse("2025-06-15T10:00:00Z")));
        IdempotentRetry.createsOnce(key -> send(f.coordinator(), key, null, "/settlement/years/2025/close"),
                () -> f.count("select count(*) from settlement_year_close where region_id = ?", f.region));

        f.book(f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "6", "HOUR",
                Instant.parse("2026-06-01T10:00:00Z")));
        String entryId = given().auth().oauth2(f.accounting(1)).queryParam("year", 2026).get("/settlement/ledger")
                .then().statusCode(200).extract().path("items[0].entryId");
        IdempotentRetry.createsOnce(key -> send(f.coordinator(), key, Map.of("reason", "falsch erfasst"),
                        "/settlement/ledger/entries/" + entryId + "/reversals"),
                () -> f.count("select count(distinct entry_id) from ledger_line where region_id = ? and entry_kind = 'REVERSAL'", f.region));
    }

    private long count(String sql, UUID id) {
        try (var c = db.getConnection(); var s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> member(String name) {
        return Map.of("name", name, "kind", "MUNICIPALITY", "sectors", List.of("WATER_SUPPLY"),
                "contactEmail", "bauhof@example.org", "address", Map.of("street", "Markt 1", "postalCode", "37269", "city", "Eschwege"));
    }

    private static Response send(String token, String key, Object body, String path) {
        RequestSpecification request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return (key == null ? request : request.header("Idempotency-Key", key)).post(path);
    }
}
