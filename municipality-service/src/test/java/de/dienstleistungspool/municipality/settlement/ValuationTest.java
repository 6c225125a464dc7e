package de.dienstleistungspool.municipality.settlement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Lines recorded before their year's rates exist: statements mark them and say their sums are not yet valued, the
 * invoice waits; publishing the rates values each entry exactly once (also when published concurrently) without
 * touching the immutable line; a close values what it can and refuses a year with unvalued monetary lines, naming them.
 */
@QuarkusTest
class ValuationTest {

    static final Instant JAN_2027 = Instant.parse("2027-01-12T15:00:00Z");
    static final Instant IN_2025 = Instant.parse("2025-06-03T10:00:00Z");

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    @Test
    void lineBookedBeforeItsRatesIsValuedWhenTheyArePublishedAndInvoicedWithThatValue() throws Exception {
        SettlementFixture f = new SettlementFixture(db, json, 2);
        ObjectNode monetary = f.completed(f.member(1), f.member(2), "WATER_SUPPLY", "LEAK_DETECTOR", "MONETARY", "2", "DAY", JAN_2027);
        f.book(monetary, f.completed(f.member(1), f.member(2), "WATER_SUPPLY", "PIPE_CAMERA", "MONETARY", "3", "HOUR", JAN_2027));
        String booking = monetary.get("bookingId").asText();

        given().auth().oauth2(f.accounting(2)).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/settlement/invoices/bookings/" + booking).then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("rate-missing"))
                .body("detail", containsString("not yet valued"));
        JsonPath before = statement(f, 1);
        assertEquals(List.of(false, false), before.getList("lines.valued"));
        assertEquals(2, before.getInt("totals.unvaluedMonetaryLines"));
        String csv = csv(f, 1);
        assertTrue(csv.contains("Summe monetär EUR;noch nicht bewertet;"), csv);
        assertTrue(csv.contains("Noch nicht bewertete Zeilen;2;davon monetär;2;"), csv);
        assertTrue(csv.lines().filter(l -> l.contains(booking)).findFirst().orElseThrow().contains(";2,00;DAY;;noch nicht bewertet;"), csv);
        try (PDDocument pdf = Loader.loadPDF(pdf(f, 1))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("noch nicht bewertet (2 Zeilen ohne Satz"), text);
        }

        // the coordinator publishes 2027's rates; only LEAK_DETECTOR has one
        publish(f, 2027, "250.00").then().statusCode(200);
        assertEquals(1, f.count("select count(*) from ledger_valuation where region_id = ?", f.region));
        assertEquals(2, f.count("select count(*) from ledger_line where booking_id = ? and amount is null", UUID.fromString(booking)),
                "the original lines stay as they were recorded");
        JsonPath after = statement(f, 1);
        assertEquals(1, after.getInt("totals.unvaluedMonetaryLines"));
        assertEquals(500.0f, after.getFloat("lines.find { it.bookingId == '" + booking + "' }.amount"));
        assertEquals(250.0f, after.getFloat("lines.find { it.bookingId == '" + booking + "' }.rate"));
        given().auth().oauth2(f.accounting(2)).queryParam("year", 2027).queryParam("mode", "MONETARY").get("/settlement/ledger")
                .then().statusCode(200).body("items.find { it.bookingId == '" + booking + "' }.amount", equalTo(500.0f))
                .body("items.find { it.bookingId == '" + booking + "' }.valued", equalTo(true))
                .body("items.find { it.bookingId == '" + booking + "' }.valuedAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(f.accounting(2)).queryParam("year", 2027).get("/settlement/balances").then().statusCode(200)
                .body("pairs.find { it.settlementMode == 'MONETARY' }.netAmount", equalTo(-500.0f))
                .body("pairs.find { it.settlementMode == 'MONETARY' }.unvaluedLines", equalTo(1));

        // with the camera rate added the statement is complete; a revised rate does not value a line a second time
        publishBoth(f, 2027, "300.00", "90.00").then().statusCode(200);
        assertEquals(2, f.count("select count(*) from ledger_valuation where region_id = ?", f.region));
        JsonPath complete = statement(f, 1);
        assertEquals(0, complete.getInt("totals.unvaluedMonetaryLines"));
        assertEquals(770.0f, complete.getFloat("totals.monetaryNet"), "500 (valued at the first publication) + 3 h x 90");
        assertTrue(csv(f, 1).contains("Summe monetär EUR;770,00;"));

        billingDetails(f, 1);
        given().auth().oauth2(f.accounting(2)).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/settlement/invoices/bookings/" + booking).then().statusCode(201);
        String invoice = given().auth().oauth2(f.accounting(2)).get("/settlement/invoices/bookings/" + booking)
                .then().statusCode(200).extract().asString();
        assertTrue(invoice.contains("<ram:ChargeAmount>250.0000</ram:ChargeAmount>"), invoice);
        assertTrue(invoice.contains("<ram:LineTotalAmount>500.00</ram:LineTotalAmount>"), invoice);
    }

    @Test
    void publishingTheRatesConcurrentlyValuesEachEntryExactlyOnce() throws Exception {
        SettlementFixture f = new SettlementFixture(db, json, 3);
        List<ObjectNode> events = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            events.add(f.completed(f.member(1 + i % 3), f.member(1 + (i + 1) % 3), "WATER_SUPPLY", "LEAK_DETECTOR", "MONETARY",
                    String.valueOf(i + 1), "DAY", JAN_2027.plusSeconds(3600L * i)));
        }
        f.book(events.toArray(ObjectNode[]::new));
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return publish(f, 2027, "250.00").statusCode();
            }));
        }
        start.countDown();
        int ok = 0;
        for (Future<Integer> r : results) {
            int status = r.get();
            assertTrue(status == 200 || status == 409, "published or refused as a concurrent change, never " + status);
            ok += status == 200 ? 1 : 0;
        }
        pool.shutdown();
        assertTrue(ok >= 1, "at least one publication succeeds");
        assertEquals(6, f.count("select count(*) from ledger_valuation where region_id = ?", f.region), "each entry valued once");
        assertEquals(6, f.count("select count(distinct entry_id) from ledger_valuation where region_id = ?", f.region));
        assertEquals(0, f.count("select count(*) from ledger_valuation v where region_id = ? and amount <> "
                + "(select round(l.quantity * 250, 2) from ledger_line l where l.entry_id = v.entry_id and l.side = 'CREDIT')", f.region));
        given().auth().oauth2(f.coordinator()).queryParam("year", 2027).queryParam("sector", "WATER_SUPPLY")
                .get("/settlement/reports/region").then().statusCode(200)
                .body("totals.monetaryNet", equalTo(5250.0f)).body("totals.unvaluedMonetaryLines", equalTo(0));
        assertEquals("DPVL1", f.sqlState("insert into ledger_valuation (entry_id, region_id, year, rate_year, rate, amount, valued_by, cause) "
                + "values (?, ?, 2027, 2027, 1, 1, 'test', 'RATES_PUBLISHED')", UUID.randomUUID(), f.region), "only existing unvalued entries");
        assertEquals("DPIM1", f.sqlState("update ledger_valuation set amount = 0 where region_id = ?", f.region), "valuations are immutable");
    }

    @Test
    void closeValuesWhatItCanAndRefusesAYearWithUnvaluedMonetaryLinesNamingThem() {
        SettlementFixture f = new SettlementFixture(db, json, 2);
        ObjectNode unpriced = f.completed(f.member(1), f.member(2), "WATER_SUPPLY", "UNPRICED_PUMP", "MONETARY", "4", "HOUR", IN_2025);
        ObjectNode late = f.completed(f.member(2), f.member(1), "WATER_SUPPLY", "LEAK_DETECTOR", "MONETARY", "1", "DAY", IN_2025);
        f.book(unpriced, late);

        JsonPath preview = given().auth().oauth2(f.coordinator()).post("/settlement/years/2025/close-preview")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(false, preview.getBoolean("closeAllowed"));
        assertEquals("2026-01-30T23:00:00Z", preview.getString("closeAllowedFrom"), "1 January 2026 (Berlin) plus 30 days");
        assertTrue(preview.getString("refusals[0]").contains("2 monetary ledger entries not yet valued"), preview.prettify());
        assertTrue(preview.getString("refusals[0]").contains(unpriced.get("bookingId").asText()), preview.prettify());
        given().auth().oauth2(f.coordinator()).header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/years/2025/close")
                .then().statusCode(409).contentType("application/problem+json").body("type", containsString("rate-missing"))
                .body("detail", containsString("2 monetary ledger entries not yet valued"))
                .body("detail", containsString(unpriced.get("bookingId").asText()))
                .body("detail", containsString(late.get("bookingId").asText()));
        assertEquals(0, f.count("select count(*) from financial_year_close where region_id = ?", f.region));

        // a rate that exists by the close (entered without publishing) values the line at the close at the latest
        f.rate(2025, "WATER_SUPPLY", "LEAK_DETECTOR", "DAY", "250.00");
        given().auth().oauth2(f.coordinator()).header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/years/2025/close")
                .then().statusCode(409).body("detail", containsString("1 monetary ledger entries not yet valued"))
                .body("detail", containsString(unpriced.get("bookingId").asText()))
                .body("detail", org.hamcrest.Matchers.not(containsString(late.get("bookingId").asText())));
        assertEquals(0, f.count("select count(*) from ledger_valuation where region_id = ?", f.region), "the refused close wrote nothing");

        // the coordinator reverses the line that has no rate: entry and reversal cancel and the year can be closed
        String entry = given().auth().oauth2(f.coordinator()).queryParam("year", 2025).get("/settlement/ledger").then().statusCode(200)
                .extract().path("items.find { it.bookingId == '" + unpriced.get("bookingId").asText() + "' }.entryId");
        given().auth().oauth2(f.coordinator()).header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                .body("{\"reason\":\"falsche Kategorie\"}").post("/settlement/ledger/entries/" + entry + "/reversals").then().statusCode(201);
        given().auth().oauth2(f.coordinator()).post("/settlement/years/2025/close-preview").then().statusCode(200)
                .body("closeAllowed", equalTo(true)).body("refusals.size()", equalTo(0));
        given().auth().oauth2(f.coordinator()).header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/years/2025/close")
                .then().statusCode(201).body("closeAllowed", nullValue());
        assertEquals(1, f.count("select count(*) from ledger_valuation where region_id = ? and cause = 'YEAR_CLOSE'", f.region));
        given().auth().oauth2(f.accounting(2)).queryParam("year", 2025).queryParam("sector", "WATER_SUPPLY")
                .get("/settlement/reports/members/" + f.member(2)).then().statusCode(200)
                .body("lines.find { it.bookingId == '" + late.get("bookingId").asText() + "' }.amount", equalTo(250.0f))
                .body("totals.monetaryNet", equalTo(250.0f)).body("totals.unvaluedMonetaryLines", equalTo(2));
    }

    @Test
    void previewOfTheRunningYearSaysFromWhenTheCloseIsAllowed() {
        SettlementFixture f = new SettlementFixture(db, json, 2);
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).getYear();
        given().auth().oauth2(f.coordinator()).post("/settlement/years/" + year + "/close-preview").then().statusCode(200)
                .body("closeAllowed", equalTo(false))
                .body("closeAllowedFrom", equalTo(java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(java.time.ZoneId.of("Europe/Berlin"))
                        .toInstant().plus(java.time.Duration.ofDays(30)).toString()))
                .body("refusals", hasItem(containsString("can be closed from")));
    }

    @Test
    void bookingsForAYearWithoutRatesWarnTheCoordinatorOnceThroughMemberEvents() throws Exception {
        var records = de.dienstleistungspool.testinfra.TestInfrastructure.kafkaCompanion().consumeStrings()
                .withGroupId("rates-missing-" + UUID.randomUUID())
                .withOffsetReset(org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST).fromTopics("member-events");
        try {
            SettlementFixture f = new SettlementFixture(db, json, 2).rate(2026, "WATER_SUPPLY", "LEAK_DETECTOR", "DAY", "45.00");
            f.sql("update region set coordinator_email = 'koordination@testkreis.example' where id = ?", f.region);
            String offer = UUID.randomUUID().toString();
            ObjectNode first = made(f, "BookingRequested", offer, JAN_2027);
            ObjectNode second = made(f, "BookingConfirmed", offer, JAN_2027.plusSeconds(86_400));
            ObjectNode withRates = made(f, "BookingRequested", offer, Instant.parse("2026-11-03T10:00:00Z"));
            ObjectNode sentinel = f.completed(f.member(1), f.member(2), "WATER_SUPPLY", "LEAK_DETECTOR", "MONETARY", "1", "DAY",
                    Instant.parse("2026-11-04T10:00:00Z"));
            sentinel.put("offerId", offer);
            f.send(first, second, withRates, first);
            f.book(sentinel); // same offer, same partition: once it is booked the earlier events are consumed

            assertEquals(1, f.count("select count(*) from rates_missing_warning where region_id = ?", f.region), "one warning per year");
            assertEquals(1, f.count("select count(*) from rates_missing_warning where region_id = ? and year = 2027 and booking_id = ?",
                    f.region, UUID.fromString(first.get("bookingId").asText())));
            long deadline = System.currentTimeMillis() + 30_000;
            List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> warnings = List.of();
            while (System.currentTimeMillis() < deadline && warnings.isEmpty()) {
                warnings = records.getRecords().stream().filter(r -> r.key().equals(f.region.toString())
                        && r.value().contains("\"RatesMissing\"")).toList();
                Thread.sleep(200);
            }
            assertEquals(1, warnings.size(), "the coordinator is warned once");
            var actual = json.readTree(warnings.get(0).value());
            var contract = json.readTree(java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/contracts/RatesMissing.json")));
            List<String> fields = new ArrayList<>();
            actual.fieldNames().forEachRemaining(fields::add);
            List<String> expected = new ArrayList<>();
            contract.fieldNames().forEachRemaining(expected::add);
            assertEquals(expected, fields, "the shape of contracts/RatesMissing.json");
            assertEquals(2027, actual.get("year").asInt());
            assertEquals(first.get("bookingId").asText(), actual.get("bookingId").asText());
            assertEquals("koordination@testkreis.example", actual.get("coordinatorEmail").asText());
        } finally {
            records.stop();
        }
    }

    private static ObjectNode made(SettlementFixture f, String type, String offer, Instant end) {
        ObjectNode e = f.completed(f.member(1), f.member(2), "WATER_SUPPLY", "LEAK_DETECTOR", "MONETARY", "1", "DAY", end);
        e.put("eventType", type);
        e.put("status", type.equals("BookingRequested") ? "REQUESTED" : "CONFIRMED");
        e.put("offerId", offer);
        e.putNull("usage");
        return e;
    }

    private static io.restassured.response.Response publish(SettlementFixture f, int year, String leakDetector) {
        return given().auth().oauth2(f.coordinator()).contentType("application/json")
                .body("{\"rates\":[{\"sector\":\"WATER_SUPPLY\",\"category\":\"LEAK_DETECTOR\",\"unit\":\"DAY\",\"amount\":" + leakDetector + "}],"
                        + "\"settlementTerms\":{\"toleranceHours\":4,\"remainder\":\"CARRY_OVER\"}}")
                .put("/regions/" + f.region + "/rates/" + year);
    }

    private static io.restassured.response.Response publishBoth(SettlementFixture f, int year, String leakDetector, String camera) {
        return given().auth().oauth2(f.coordinator()).contentType("application/json")
                .body("{\"rates\":[{\"sector\":\"WATER_SUPPLY\",\"category\":\"LEAK_DETECTOR\",\"unit\":\"DAY\",\"amount\":" + leakDetector + "},"
                        + "{\"sector\":\"WATER_SUPPLY\",\"category\":\"PIPE_CAMERA\",\"unit\":\"HOUR\",\"amount\":" + camera + "}]}")
                .put("/regions/" + f.region + "/rates/" + year);
    }

    private static JsonPath statement(SettlementFixture f, int member) {
        return given().auth().oauth2(f.accounting(member)).queryParam("year", 2027).queryParam("sector", "WATER_SUPPLY")
                .get("/settlement/reports/members/" + f.member(member)).then().statusCode(200).extract().jsonPath();
    }

    private static String csv(SettlementFixture f, int member) {
        byte[] csv = given().auth().oauth2(f.accounting(member)).queryParam("year", 2027).queryParam("sector", "WATER_SUPPLY")
                .queryParam("format", "csv").get("/settlement/reports/members/" + f.member(member)).then().statusCode(200).extract().asByteArray();
        return new String(csv, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static byte[] pdf(SettlementFixture f, int member) {
        return given().auth().oauth2(f.accounting(member)).queryParam("year", 2027).queryParam("sector", "WATER_SUPPLY")
                .queryParam("format", "pdf").get("/settlement/reports/members/" + f.member(member)).then().statusCode(200).extract().asByteArray();
    }

    private static void billingDetails(SettlementFixture f, int member) {
        given().auth().oauth2(f.accounting(member)).contentType("application/json")
                .body("{\"taxNumber\":\"025 123 45678\",\"iban\":\"DE02120300000000202051\",\"bic\":\"BYLADEM1001\"}")
                .put("/settlement/billing-details/" + f.member(member)).then().statusCode(200);
    }

}
