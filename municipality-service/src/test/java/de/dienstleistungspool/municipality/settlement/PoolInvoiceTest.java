package de.dienstleistungspool.municipality.settlement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pool as a legal party: the coordinator keeps its legal identity (checked like a member's billing details), and
 * the payments of the multilateral netting get XRechnung invoices with the pool as seller or buyer, issued once.
 */
@QuarkusTest
class PoolInvoiceTest {

    static final String POOL_LEITWEG_ID = "06636-POOL-36";

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    SettlementFixture f;

    @BeforeEach
    void closedMultilaterally() {
        f = new SettlementFixture(db, json, 3).rate(2025, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "145.00");
        f.book(f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "20", "HOUR",
                Instant.parse("2025-04-10T14:00:00Z")));
        f.sql("insert into settlement_tax_registration (member_id, tax_number, iban, bic) values (?, '025 123 45678', ?, 'BYLADEM1001')",
                f.member(1), "DE02120300000000202051");
        given().auth().oauth2(f.coordinator()).queryParam("netting", "MULTILATERAL").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/settlement/years/2025/close").then().statusCode(201);
    }

    @Test
    void theCoordinatorKeepsThePoolsLegalIdentity() {
        String path = "/regions/" + f.region + "/legal-identity";
        given().auth().oauth2(f.accounting(1)).get(path).then().statusCode(404);
        Map<String, Object> identity = identity();
        identity.put("iban", "DE12");
        given().auth().oauth2(f.coordinator()).contentType("application/json").body(identity).put(path).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", org.hamcrest.Matchers.hasItem(containsString("iban")));
        identity.put("iban", "DE89370400440532013000");
        identity.put("leitwegId", "06636-POOL-99");
        given().auth().oauth2(f.coordinator()).contentType("application/json").body(identity).put(path).then().statusCode(400)
                .body("detail", containsString("check digits"));
        identity.put("leitwegId", POOL_LEITWEG_ID);
        given().auth().oauth2(f.accounting(1)).contentType("application/json").body(identity).put(path).then().statusCode(403);
        SettlementFixture other = new SettlementFixture(db, json, 1);
        given().auth().oauth2(other.coordinator()).contentType("application/json").body(identity).put(path).then().statusCode(404);
        given().auth().oauth2(other.coordinator()).get(path).then().statusCode(404);
        assertEquals(0, f.count("select count(*) from region_legal_identity where region_id = ?", f.region), "refusals change nothing");

        given().auth().oauth2(f.coordinator()).contentType("application/json").body(identity).put(path).then().statusCode(200);
        given().auth().oauth2(f.accounting(2)).get(path).then().statusCode(200).body("legalName", equalTo(identity.get("legalName")))
                .body("legalForm", equalTo("COUNTY_OFFICE")).body("iban", equalTo("DE89370400440532013000"));
        identity.put("iban", "DE02120300000000202051");
        identity.put("legalForm", "GMBH");
        given().auth().oauth2(f.coordinator()).contentType("application/json").body(identity).put(path).then().statusCode(200);
        String audited = f.text("select changes::text from audit_record where object_type = 'PoolIdentity' and object_id = ? "
                + "order by recorded_at desc limit 1", f.region.toString());
        assertTrue(audited.contains("DE89…3000") && audited.contains("DE02…2051") && !audited.contains("DE02120300000000202051"), audited);
    }

    @Test
    void multilateralPaymentsAreInvoicedWithThePoolAsSellerOrBuyer() {
        JsonPath close = given().auth().oauth2(f.coordinator()).get("/settlement/years/2025/close").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> payments = close.getList("multilateralPayments");
        assertEquals(2, payments.size(), payments.toString());
        String toPool = id(payments, "payerId", f.member(2));     // member 2 owes: the pool invoices it
        String fromPool = id(payments, "payeeId", f.member(1));   // member 1 is owed: it invoices the pool
        issue(f.accounting(2), toPool).then().statusCode(409).body("type", containsString("pool-identity-missing"))
                .body("detail", containsString("PUT /regions/" + f.region + "/legal-identity"));

        given().auth().oauth2(f.coordinator()).contentType("application/json").body(identity())
                .put("/regions/" + f.region + "/legal-identity").then().statusCode(200);
        issue(f.accounting(3), toPool).then().statusCode(404);
        String invoice = issue(f.accounting(2), toPool).then().statusCode(201).body("sellerId", equalTo(null))
                .body("buyerId", equalTo(f.member(2).toString())).body("netAmount", equalTo(2900.0f)).extract().path("id");
        issue(f.coordinator(), toPool).then().statusCode(200).body("id", equalTo(invoice));
        String poolSells = given().auth().oauth2(f.accounting(2)).get("/settlement/invoices/payments/" + toPool).then().statusCode(200)
                .extract().asString();
        assertTrue(poolSells.matches("(?s).*<ram:SellerTradeParty>.*<ram:Name>Dienstleistungspool Werra-Meißner</ram:Name>.*</ram:SellerTradeParty>.*"), poolSells);
        assertTrue(poolSells.contains("<ram:IBANID>DE89370400440532013000</ram:IBANID>"), poolSells);
        assertTrue(poolSells.contains("<ram:BuyerReference>06636003-TST2-12</ram:BuyerReference>"), poolSells);
        XRechnungValidation.assertValid(poolSells, "pool-seller");

        issue(f.coordinator(), fromPool).then().statusCode(201).body("sellerId", equalTo(f.member(1).toString()))
                .body("buyerId", equalTo(null));
        String poolBuys = given().auth().oauth2(f.accounting(1)).get("/settlement/invoices/payments/" + fromPool).then().statusCode(200)
                .extract().asString();
        assertTrue(poolBuys.matches("(?s).*<ram:BuyerTradeParty>.*<ram:Name>Dienstleistungspool Werra-Meißner</ram:Name>.*</ram:BuyerTradeParty>.*"), poolBuys);
        assertTrue(poolBuys.contains("<ram:BuyerReference>" + POOL_LEITWEG_ID + "</ram:BuyerReference>"), poolBuys);
        XRechnungValidation.assertValid(poolBuys, "pool-buyer");
        given().auth().oauth2(f.accounting(2)).get("/settlement/invoices/payments/" + fromPool).then().statusCode(404);
    }

    private static String id(List<Map<String, Object>> payments, String side, UUID member) {
        return payments.stream().filter(p -> member.toString().equals(p.get(side))).findFirst().orElseThrow().get("id").toString();
    }

    private static io.restassured.response.Response issue(String token, String paymentId) {
        return given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/invoices/payments/" + paymentId);
    }

    private static Map<String, Object> identity() {
        Map<String, Object> m = new HashMap<>();
        m.put("legalName", "Dienstleistungspool Werra-Meißner");
        m.put("legalForm", "COUNTY_OFFICE");
        m.put("street", "Schlossplatz 1");
        m.put("postalCode", "37269");
        m.put("city", "Eschwege");
        m.put("leitwegId", POOL_LEITWEG_ID);
        m.put("taxNumber", "025 226 10001");
        m.put("iban", "DE89370400440532013000");
        m.put("bic", "COBADEFFXXX");
        m.put("contactEmail", "pool@werra-meissner-kreis.example");
        m.put("contactPhone", "+49 5651 302-0");
        return m;
    }
}
