package de.dienstleistungspool.municipality.settlement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.TestInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The year-end close from booking events to payments: netting in both directions, tolerance, sectors kept apart,
 * multilateral netting through the pool, carry-over, and the closed year frozen at the database.
 */
@QuarkusTest
class YearEndCloseTest {

    static final Instant IN_2025 = Instant.parse("2025-06-15T10:00:00Z");

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    @Test
    void bothDirectionsNetPerSectorAndWithinToleranceNothingIsPaid() {
        SettlementFixture f = new SettlementFixture(db, json, 3)
                .rate(2025, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "145.00")
                .rate(2025, "WATER_SUPPLY", "WATER_MASTER", "HOUR", "60.00")
                .terms(2025, "8", "PAY");
        UUID m1 = f.member(1), m2 = f.member(2), m3 = f.member(3);
        f.book(f.completed(m1, m2, "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "20", "HOUR", IN_2025),
                f.completed(m2, m1, "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "5", "HOUR", IN_2025),
                f.completed(m2, m1, "WATER_SUPPLY", "WATER_MASTER", "NON_MONETARY", "20", "HOUR", IN_2025),
                f.completed(m2, m3, "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "5", "HOUR", IN_2025),
                f.completed(m3, m1, "WASTEWATER", "SEWER_FLUSHING", "MONETARY", "3", "HOUR", IN_2025));

        JsonPath preview = given().auth().oauth2(f.coordinator()).post("/settlement/years/2025/close-preview")
                .then().statusCode(200).body("closed", equalTo(false)).extract().jsonPath();
        JsonPath close = given().auth().oauth2(f.coordinator()).queryParam("netting", "MULTILATERAL")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/years/2025/close").then().statusCode(201).body("closed", equalTo(true)).extract().jsonPath();
        assertEquals(preview.getList("bilateralPayments.amount"), close.getList("bilateralPayments.amount"));

        // wastewater: 20 h one way, 5 h back: 15 h at 145 EUR paid by m2 to m1; water supply separately, never offset
        assertEquals(2, close.getList("bilateralPayments").size());
        assertPayment(close, "bilateralPayments", "WASTEWATER", m2, m1, "2175.00");
        assertPayment(close, "bilateralPayments", "WATER_SUPPLY", m1, m2, "1200.00");
        // 5 h between m2 and m3 lie within the tolerance of 8 h: forgiven, nothing paid
        Map<String, Object> forgiven = close.getMap("pairs.find { it.sector == 'WASTEWATER' && (it.memberA == '" + m3 + "' || it.memberB == '" + m3 + "') }");
        assertEquals("FORGIVEN", forgiven.get("treatment"));
        assertEquals(0f, ((Number) forgiven.get("payable")).floatValue());
        // the monetary booking takes no part in the close
        assertEquals(4L, close.getLong("lineCount"));

        // multilateral: one payment per member and sector to or from the pool, equal to its net position, summing to zero
        assertPayment(close, "multilateralPayments", "WASTEWATER", m2, null, "2175.00");
        assertPayment(close, "multilateralPayments", "WASTEWATER", null, m1, "2175.00");
        assertPayment(close, "multilateralPayments", "WATER_SUPPLY", m1, null, "1200.00");
        assertPayment(close, "multilateralPayments", "WATER_SUPPLY", null, m2, "1200.00");
        for (String sector : List.of("WASTEWATER", "WATER_SUPPLY")) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Map<String, Object> p : close.<Map<String, Object>>getList("multilateralPayments.findAll { it.sector == '" + sector + "' }")) {
                BigDecimal amount = new BigDecimal(p.get("amount").toString());
                BigDecimal signed = p.get("payeeId") != null ? amount : amount.negate();
                String member = (String) (p.get("payeeId") != null ? p.get("payeeId") : p.get("payerId"));
                Object position = close.getMap("positions.find { it.sector == '" + sector + "' && it.memberId == '" + member + "' }").get("position");
                assertEquals(0, signed.compareTo(new BigDecimal(position.toString())), "payment equals net position of " + member);
                sum = sum.add(signed);
            }
            assertEquals(0, sum.signum(), "multilateral payments of " + sector + " sum to zero");
        }
        given().auth().oauth2(f.coordinator()).get("/settlement/years/2025/close").then().statusCode(200)
                .body("netting", equalTo("MULTILATERAL")).body("multilateralPayments", hasSize(4));
        given().auth().oauth2(f.coordinator()).header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/years/2025/close").then().statusCode(409);
    }

    @Test
    void closedYearRejectsEveryChangeAtTheDatabaseAndLateCompletionsGoToTheNextYear() {
        SettlementFixture f = new SettlementFixture(db, json, 2)
                .rate(2025, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "145.00")
                .rate(2026, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "150.00");
        ObjectNode booked = f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "10", "HOUR", IN_2025);
        f.book(booked);
        given().auth().oauth2(f.coordinator()).header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/years/2025/close").then().statusCode(201);

        UUID bookingId = UUID.fromString(booked.get("bookingId").asText());
        assertEquals("DPYC1", f.sqlState("update ledger_line set note = 'x' where booking_id = ?", bookingId));
        assertEquals("DPYC1", f.sqlState("delete from ledger_line where booking_id = ?", bookingId));
        assertEquals("DPYC1", f.sqlState("insert into ledger_line (entry_id, region_id, year, entry_kind, settlement_mode, sector, category, unit, side, "
                + "member_id, counterparty_id, quantity, recorded_by) values (gen_random_uuid(), ?, 2025, 'USAGE', 'NON_MONETARY', 'WASTEWATER', "
                + "'SEWER_FLUSHING', 'HOUR', 'CREDIT', ?, ?, 5, 'sql')", f.region, f.member(1), f.member(2)));
        assertEquals("DPYC1", f.sqlState("insert into rate (id, region_id, year, sector, category, unit, amount) values (?, ?, 2025, 'WASTEWATER', 'X_RAY', 'HOUR', 1)",
                UUID.randomUUID(), f.region));

        ObjectNode late = f.completed(f.member(2), f.member(1), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "2", "HOUR",
                Instant.parse("2025-12-20T10:00:00Z"));
        f.book(late);
        assertEquals(2, f.count("select count(*) from ledger_line where booking_id = ? and year = 2026 and rate = 150.00",
                UUID.fromString(late.get("bookingId").asText())));

        // a reversal of an entry of the closed year is booked in the next open year
        String entryId = given().auth().oauth2(f.accounting(1)).queryParam("year", 2025).get("/settlement/ledger")
                .then().statusCode(200).extract().path("items[0].entryId");
        given().auth().oauth2(f.coordinator()).contentType("application/json").body("{\"reason\":\"Doppelerfassung\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/ledger/entries/" + entryId + "/reversals").then().statusCode(201).body("lines[0].year", equalTo(2026));

        var events = TestInfrastructure.kafkaCompanion().consumeStrings().fromTopics("settlement-events")
                .awaitRecords(1, Duration.ofSeconds(20)).getRecords();
        assertTrue(events.stream().anyMatch(r -> r.key().equals(f.region.toString()) && r.value().contains("\"YearClosed\"")));
    }

    @Test
    void cyclesCancelInMultilateralNettingAndCarryOverOpensTheNextYear() {
        SettlementFixture f = new SettlementFixture(db, json, 4)
                .rate(2025, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "100.00").terms(2025, "6", "CARRY_OVER");
        UUID m1 = f.member(1), m2 = f.member(2), m3 = f.member(3), m4 = f.member(4);
        f.book(f.completed(m1, m2, "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "10", "HOUR", IN_2025),
                f.completed(m2, m3, "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "10", "HOUR", IN_2025),
                f.completed(m3, m1, "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "10", "HOUR", IN_2025),
                f.completed(m4, m1, "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "4", "HOUR", IN_2025));
        JsonPath close = given().auth().oauth2(f.coordinator()).queryParam("netting", "BILATERAL")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/years/2025/close").then().statusCode(201).extract().jsonPath();
        assertEquals(3, close.getList("bilateralPayments").size());
        assertEquals(0, close.getList("multilateralPayments").size(), "a cycle cancels out against the pool");
        assertEquals(2, f.count("select count(*) from ledger_line where region_id = ? and year = 2026 and entry_kind = 'CARRY_OVER' "
                + "and quantity = 4 and amount = 400.00", f.region));
        given().auth().oauth2(f.accounting(4)).queryParam("year", 2026).get("/settlement/balances")
                .then().statusCode(200).body("positions[0].netHours", equalTo(4.0f)).body("positions[0].netAmount", equalTo(400.0f));
    }

    @Test
    void concurrentClosesLetExactlyOneWin() throws Exception {
        SettlementFixture f = new SettlementFixture(db, json, 2).rate(2025, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "145.00");
        f.book(f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "12", "HOUR", IN_2025));
        String token = f.coordinator();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/years/2025/close").statusCode();
            }));
        }
        start.countDown();
        int created = 0, conflicts = 0;
        for (var r : results) {
            int status = r.get();
            created += status == 201 ? 1 : 0;
            conflicts += status == 409 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, created);
        assertEquals(7, conflicts);
        assertEquals(1, f.count("select count(*) from financial_year_close where region_id = ?", f.region));
        assertEquals(2, f.count("select count(*) from settlement_payment where region_id = ? and netting = 'MULTILATERAL'", f.region));
    }

    @Test
    void closeIsRefusedDuringTheGracePeriodAndWithoutRates() {
        SettlementFixture f = new SettlementFixture(db, json, 2);
        f.book(f.completed(f.member(1), f.member(2), "WASTEWATER", "UNPRICED", "NON_MONETARY", "1", "HOUR", IN_2025));
        given().auth().oauth2(f.coordinator()).header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/years/2025/close").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.containsString("rate-missing"));
        given().auth().oauth2(f.coordinator()).header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/years/2100/close").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.containsString("grace-period"));
        given().auth().oauth2(f.accounting(1)).header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/years/2025/close").then().statusCode(403);
        assertEquals(0, f.count("select count(*) from financial_year_close where region_id = ?", f.region));
    }

    private static void assertPayment(JsonPath close, String list, String sector, UUID payer, UUID payee, String amount) {
        String match = "it.sector == '" + sector + "' && it.payerId " + (payer == null ? "== null" : "== '" + payer + "'")
                + " && it.payeeId " + (payee == null ? "== null" : "== '" + payee + "'");
        Map<String, Object> p = close.getMap(list + ".find { " + match + " }");
        assertTrue(p != null, "payment " + match + " in " + close.getList(list));
        assertEquals(0, new BigDecimal(p.get("amount").toString()).compareTo(new BigDecimal(amount)), "amount of " + match);
    }
}
