package de.dienstleistungspool.municipality.settlement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accounting reads only its own member's ledger and reports, the coordinator its region; everyone else gets 404.
 */
@QuarkusTest
class SettlementAccessTest {

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    SettlementFixture f;
    SettlementFixture other;
    ObjectNode booking;
    String entryId;

    @BeforeEach
    void twoRegions() {
        f = new SettlementFixture(db, json, 3).rate(2026, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "145.00");
        other = new SettlementFixture(db, json, 1);
        booking = f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "MONETARY", "3", "HOUR",
                Instant.parse("2026-02-02T10:00:00Z"));
        f.book(booking);
        entryId = given().auth().oauth2(f.accounting(1)).get("/settlement/ledger").then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].entryId");
    }

    @Test
    void accountingSeesOnlyItsOwnMember() {
        String m3 = f.accounting(3);
        given().auth().oauth2(m3).get("/settlement/ledger").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(m3).queryParam("memberId", f.member(1)).get("/settlement/ledger").then().statusCode(404);
        given().auth().oauth2(m3).get("/settlement/ledger/entries/" + entryId).then().statusCode(404);
        given().auth().oauth2(m3).queryParam("memberId", f.member(1)).get("/settlement/balances").then().statusCode(404);
        given().auth().oauth2(m3).queryParam("year", 2026).queryParam("sector", "WASTEWATER")
                .get("/settlement/reports/members/" + f.member(1)).then().statusCode(404);
        given().auth().oauth2(m3).get("/settlement/invoices/bookings/" + booking.get("bookingId").asText()).then().statusCode(404);
        given().auth().oauth2(m3).get("/settlement/billing-details/" + f.member(1)).then().statusCode(404);
        given().auth().oauth2(f.accounting(2)).get("/settlement/ledger/entries/" + entryId).then().statusCode(200);
        given().auth().oauth2(f.accounting(1)).queryParam("year", 2026).queryParam("sector", "WASTEWATER")
                .get("/settlement/reports/members/" + f.member(1)).then().statusCode(200).body("lines.size()", equalTo(1));
    }

    @Test
    void coordinatorReadsItsRegionButNotAnother() {
        given().auth().oauth2(f.coordinator()).queryParam("memberId", f.member(2)).get("/settlement/ledger")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].side", equalTo("DEBIT"));
        given().auth().oauth2(f.coordinator()).queryParam("year", 2026).queryParam("sector", "WASTEWATER")
                .get("/settlement/reports/region").then().statusCode(200).body("lines.size()", equalTo(1));
        String foreign = other.coordinator();
        given().auth().oauth2(foreign).queryParam("memberId", f.member(1)).get("/settlement/ledger").then().statusCode(404);
        given().auth().oauth2(foreign).get("/settlement/ledger").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(foreign).get("/settlement/ledger/entries/" + entryId).then().statusCode(404);
        given().auth().oauth2(foreign).contentType("application/json").body("{\"reason\":\"fremd\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/ledger/entries/" + entryId + "/reversals").then().statusCode(404);
        given().auth().oauth2(foreign).queryParam("year", 2026).queryParam("sector", "WASTEWATER")
                .get("/settlement/reports/members/" + f.member(1)).then().statusCode(404);
        given().auth().oauth2(foreign).get("/settlement/invoices/bookings/" + booking.get("bookingId").asText()).then().statusCode(404);
    }

    @Test
    void otherRolesAndMissingTokensAreRefused() {
        given().get("/settlement/ledger").then().statusCode(401);
        given().auth().oauth2(TestTokens.expired(f.member(1), f.region, "accounting")).get("/settlement/ledger").then().statusCode(401);
        given().auth().oauth2(TestTokens.forged(f.member(1), f.region, "accounting")).get("/settlement/ledger").then().statusCode(401);
        given().auth().oauth2(TestTokens.token(f.member(1), f.region, "dispatcher")).get("/settlement/ledger").then().statusCode(403);
        given().auth().oauth2(f.accounting(1)).queryParam("year", 2026).queryParam("sector", "WASTEWATER")
                .get("/settlement/reports/region").then().statusCode(403);
        given().auth().oauth2(f.accounting(1)).post("/settlement/years/2025/close-preview").then().statusCode(403);
        given().auth().oauth2(f.accounting(1)).queryParam("year", 2026).queryParam("sector", "SEWAGE")
                .get("/settlement/reports/members/" + f.member(1)).then().statusCode(400);
        given().auth().oauth2(f.accounting(1)).queryParam("sector", "WASTEWATER")
                .get("/settlement/reports/members/" + f.member(1)).then().statusCode(400)
                .contentType(org.hamcrest.Matchers.containsString("application/problem+json"));
    }
}
