package de.dienstleistungspool.municipality.settlement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.municipality.settlement.domain.Sector;
import de.dienstleistungspool.municipality.settlement.domain.YearCloseWriter;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The settlement endpoints' authorization matrix, written by hand: member 1's ledger, balances, billing details,
 * reports, statement, invoices (issue and download), the pool's legal identity and the region's year close against member 1's accounting, its counterparty's (member
 * 2), an uninvolved member's, the region's coordinator, member 1 without a settlement role, another region's
 * coordinator and accountant, and invalid callers, each with its exact status. Allowed cells check what they show or
 * changed; refused cells check that the ledger, the closes and the billing details of both regions are unchanged.
 */
@QuarkusTest
class SettlementAuthorizationMatrixTest {

    enum Who { ACC_OWN, ACC_COUNTERPARTY, ACC_UNINVOLVED, COORDINATOR, NO_SETTLEMENT_ROLE, OTHER_REGION, NO_TOKEN, FORGED }

    private static final Map<String, List<Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        //                                                  OWN  CPTY UNINV COORD NOROLE REGION NONE FORGED
        expect("GET /settlement/ledger?memberId={m1}",        200, 404, 404, 200, 403, 404, 401, 401);
        expect("GET /settlement/ledger/entries/{entry}",      200, 200, 404, 200, 403, 404, 401, 401);
        expect("GET /settlement/ledger/changes?memberId={m1}", 200, 404, 404, 200, 403, 404, 401, 401);
        expect("POST /settlement/ledger/entries/{fresh}/reversals", 403, 403, 403, 201, 403, 404, 401, 401);
        expect("GET /settlement/balances?year=2026&memberId={m1}", 200, 404, 404, 200, 403, 404, 401, 401);
        expect("GET /settlement/billing-details/{m1}",        200, 404, 404, 200, 403, 404, 401, 401);
        expect("PUT /settlement/billing-details/{m1}",        200, 404, 404, 200, 403, 404, 401, 401);
        expect("GET /settlement/reports/members/{m1}?year=2025&sector=WASTEWATER", 200, 404, 404, 200, 403, 404, 401, 401);
        expect("GET /settlement/reports/region?year=2025&sector=WASTEWATER", 403, 403, 403, 200, 403, 200, 401, 401);
        expect("GET /settlement/statements/{statement}",      200, 404, 404, 200, 403, 404, 401, 401);
        expect("POST /settlement/invoices/bookings/{monetary}", 201, 200, 404, 200, 403, 404, 401, 401);
        expect("POST /settlement/invoices/payments/{payment}", 201, 200, 404, 200, 403, 404, 401, 401);
        expect("GET /settlement/invoices/bookings/{monetary}", 200, 200, 404, 200, 403, 404, 401, 401);
        expect("GET /settlement/invoices/payments/{payment}", 200, 200, 404, 200, 403, 404, 401, 401);
        expect("PUT /regions/{region}/legal-identity",        403, 403, 403, 200, 403, 404, 401, 401);
        expect("GET /regions/{region}/legal-identity",        200, 200, 200, 200, 403, 404, 401, 401);
        expect("GET /settlement/years/2025/close",            403, 403, 403, 200, 403, 404, 401, 401);
        expect("POST /settlement/years/2026/close-preview",   403, 403, 403, 200, 403, 200, 401, 401);
        expect("POST /settlement/years/2024/close",           403, 403, 403, 201, 403, 201, 401, 401);
    }

    private static final List<String> IBANS = List.of("DE89370400440532013000", "DE02120300000000202051");

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    private SettlementFixture f;
    private SettlementFixture other;
    private final Map<String, String> ids = new LinkedHashMap<>();

    @TestFactory
    Stream<DynamicTest> everySettlementEndpointAgainstEveryCaller() {
        setUp();
        return EXPECTED.keySet().stream().flatMap(op -> Stream.of(Who.values()).map(who -> DynamicTest.dynamicTest(
                op + " as " + who, () -> cell(op, who, EXPECTED.get(op).get(who.ordinal())))));
    }

    /** Member 1 provides to member 2 (both directions in 2025, closed bilaterally), and once more in the open 2026. */
    private void setUp() {
        f = new SettlementFixture(db, json, 3).rate(2025, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "145.00")
                .rate(2025, "WATER_SUPPLY", "LEAK_DETECTOR", "DAY", "250.00").rate(2026, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "145.00");
        other = new SettlementFixture(db, json, 1);
        ObjectNode monetary = f.completed(f.member(1), f.member(2), "WATER_SUPPLY", "LEAK_DETECTOR", "MONETARY", "2", "DAY",
                Instant.parse("2025-05-06T15:00:00Z"));
        f.book(f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "20", "HOUR",
                Instant.parse("2025-04-10T14:00:00Z")), monetary, f.completed(f.member(2), f.member(1), "WASTEWATER",
                "SEWER_FLUSHING", "NON_MONETARY", "5", "HOUR", Instant.parse("2025-09-01T12:00:00Z")));
        given().auth().oauth2(f.coordinator()).queryParam("netting", "BILATERAL").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/settlement/years/2025/close").then().statusCode(201);
        f.sql("insert into settlement_tax_registration (member_id, tax_number, iban, bic) values (?, '025 123 45678', ?, 'BYLADEM1001')",
                f.member(1), IBANS.get(0));
        ids.put("{m1}", f.member(1).toString());
        ids.put("{region}", f.region.toString());
        ids.put("{entry}", entryOf(book2026()));
        ids.put("{statement}", YearCloseWriter.statementId(f.region, 2025, f.member(1), Sector.WASTEWATER).toString());
        ids.put("{monetary}", monetary.get("bookingId").asText());
        ids.put("{payment}", given().auth().oauth2(f.coordinator()).get("/settlement/years/2025/close").then().statusCode(200)
                .extract().path("bilateralPayments[0].id"));
    }

    private void cell(String op, Who who, int expected) {
        String path = op.substring(op.indexOf(' ') + 1);
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        String fresh = path.contains("{fresh}") ? entryOf(book2026()) : null;
        path = path.replace("{fresh}", String.valueOf(fresh));
        String before = state();
        Response r = call(op.substring(0, op.indexOf(' ')), path, who);
        assertEquals(expected, r.statusCode(), op + " as " + who + ": " + r.asString());
        if (expected >= 400) {
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertEquals(before, state(), op + " as " + who + " was refused but changed something");
        } else {
            effect(op, who, r, fresh);
        }
    }

    private Response call(String method, String path, Who who) {
        RequestSpecification r = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString());
        String token = token(who);
        if (token != null) {
            r = r.auth().oauth2(token);
        }
        if (path.endsWith("/reversals")) {
            r = r.body(Map.of("reason", "Doppelt erfasst"));
        } else if (path.endsWith("/legal-identity")) {
            r = r.body(Map.of("legalName", "Pool " + f.region, "legalForm", "GMBH", "street", "Schlossplatz 1", "postalCode", "37269",
                    "city", "Eschwege", "leitwegId", "06636-POOL-36", "taxNumber", "025 226 10001", "iban", nextIban(),
                    "contactEmail", "pool@example.org"));
        } else if (method.equals("PUT")) {
            r = r.body(Map.of("taxNumber", "025 123 45678", "iban", nextIban(), "bic", "BYLADEM1001"));
        }
        return r.request(method, path);
    }

    /** What an allowed call showed or did: member 1's data on member 1's side, nothing of this region in another. */
    private void effect(String op, Who who, Response r, String fresh) {
        String m1 = f.member(1).toString();
        String key = op.substring(0, op.contains("?") ? op.indexOf('?') : op.length());
        switch (key) {
            case "GET /settlement/ledger" -> assertEquals(List.of(m1), r.<List<String>>path("items.memberId").stream().distinct().toList());
            case "GET /settlement/ledger/entries/{entry}" -> assertEquals(ids.get("{entry}"), r.path("entryId"));
            case "GET /settlement/ledger/changes" -> {
                assertEquals(List.of(m1), r.<List<String>>path("items.line.memberId").stream().distinct().toList());
                assertTrue(r.<List<String>>path("items.line.entryId").contains(ids.get("{entry}")), r.asString());
            }
            case "POST /settlement/ledger/entries/{fresh}/reversals" -> assertEquals(2, f.count(
                    "select count(*) from ledger_line where reverses_entry_id = ?", UUID.fromString(fresh)));
            case "GET /settlement/balances", "GET /settlement/reports/members/{m1}", "GET /settlement/statements/{statement}" ->
                    assertEquals(m1, r.path("memberId"));
            case "GET /settlement/billing-details/{m1}" -> assertEquals(currentIban(), r.path("iban"));
            case "PUT /settlement/billing-details/{m1}" -> assertEquals(r.path("iban"), currentIban());
            case "POST /settlement/invoices/bookings/{monetary}", "POST /settlement/invoices/payments/{payment}" -> {
                assertEquals(1, f.count("select count(*) from settlement_invoice where region_id = ? and number = ?", f.region, r.<String>path("number")));
                String issuedFirst = given().auth().oauth2(f.accounting(1)).get(r.header("Location")).then().statusCode(200).extract().path("number");
                assertEquals(issuedFirst, r.<String>path("number"), "the invoice issued first, whoever issues it again");
            }
            case "GET /settlement/invoices/bookings/{monetary}", "GET /settlement/invoices/payments/{payment}" ->
                    assertTrue(r.asString().contains("<ram:BuyerReference>06636003-TST2-12</ram:BuyerReference>"), r.asString());
            case "PUT /regions/{region}/legal-identity" -> assertEquals(r.path("iban"), f.text(
                    "select iban from region_legal_identity where region_id = ?", f.region));
            case "GET /regions/{region}/legal-identity" -> assertEquals("Pool " + f.region, r.path("legalName"));
            case "GET /settlement/years/2025/close" -> assertEquals(f.region.toString(), r.path("regionId"));
            case "POST /settlement/years/2024/close" -> assertEquals(1, f.count("select count(*) from settlement_year_close "
                    + "where region_id = ? and year = 2024", who == Who.OTHER_REGION ? other.region : f.region));
            default -> assertEquals(who != Who.OTHER_REGION, r.asString().contains(m1),
                    "the region's figures to its coordinator, none to another region's: " + r.asString());
        }
    }

    /** The ledger, closes, invoices, pool identities and billing details of both regions. */
    private String state() {
        return f.text("select (select count(*) from ledger_line where region_id in (?, ?)) || ' ' || (select count(*) from "
                + "settlement_year_close where region_id in (?, ?)) || ' ' || (select count(*) from settlement_invoice where region_id "
                + "in (?, ?)) || ' ' || (select coalesce(string_agg(iban || updated_at, ','), '-') from region_legal_identity where "
                + "region_id in (?, ?)) || ' ' || coalesce((select iban || tax_number from settlement_tax_registration where member_id = ?), '-')",
                f.region, other.region, f.region, other.region, f.region, other.region, f.region, other.region, f.member(1));
    }

    private String currentIban() {
        return f.text("select iban from settlement_tax_registration where member_id = ?", f.member(1));
    }

    private String nextIban() {
        return IBANS.get(0).equals(currentIban()) ? IBANS.get(1) : IBANS.get(0);
    }

    private ObjectNode book2026() {
        ObjectNode e = f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "3", "HOUR",
                Instant.parse("2026-02-02T10:00:00Z"));
        f.book(e);
        return e;
    }

    private String entryOf(ObjectNode booking) {
        return f.text("select entry_id::text from ledger_line where booking_id = ? limit 1", UUID.fromString(booking.get("bookingId").asText()));
    }

    private String token(Who who) {
        return switch (who) {
            case ACC_OWN -> f.accounting(1);
            case ACC_COUNTERPARTY -> f.accounting(2);
            case ACC_UNINVOLVED -> f.accounting(3);
            case COORDINATOR -> TestTokens.token(f.member(3), f.region, Roles.COORDINATOR);
            case NO_SETTLEMENT_ROLE -> TestTokens.token(f.member(1), f.region, Roles.DISPATCHER, Roles.WORKS_STAFF, Roles.MEMBER_ADMIN);
            case OTHER_REGION -> TestTokens.token(other.member(1), other.region, Roles.ACCOUNTING, Roles.COORDINATOR);
            case NO_TOKEN -> null;
            case FORGED -> TestTokens.forged(f.member(1), f.region, Roles.ACCOUNTING, Roles.COORDINATOR);
        };
    }

    private static void expect(String operation, Integer... statuses) {
        if (statuses.length != Who.values().length) {
            throw new IllegalStateException(operation + ": one status per caller");
        }
        EXPECTED.put(operation, new ArrayList<>(List.of(statuses)));
    }
}
