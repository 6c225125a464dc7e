package de.dienstleistungspool.municipality.settlement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invoices are issued once: numbered per region and issue year without gaps (also when issued concurrently), stored
 * and served byte for byte, immutable in the database, and corrected only by a credit note naming the original.
 */
@QuarkusTest
class InvoiceIssuedOnceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    SettlementFixture f;
    int year;
    LocalDate today;

    @BeforeEach
    void region() {
        today = LocalDate.now(BERLIN);
        year = today.getYear();
        f = new SettlementFixture(db, json, 3).rate(year, "WATER_SUPPLY", "LEAK_DETECTOR", "DAY", "250.00")
                .rate(2025, "WATER_SUPPLY", "LEAK_DETECTOR", "DAY", "250.00").rate(2025, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "145.00");
        for (int m = 1; m <= 2; m++) {
            f.sql("insert into settlement_tax_registration (member_id, tax_number, iban, bic) values (?, '025 123 45678', ?, 'BYLADEM1001')",
                    f.member(m), "DE02120300000000202051");
        }
    }

    @Test
    void anInvoiceIsIssuedOnceAndDownloadedByteForByte() {
        String booking = monetary(f.member(1), f.member(2), 2, Instant.parse(year + "-01-15T15:00:00Z"));
        given().auth().oauth2(f.accounting(1)).get("/settlement/invoices/bookings/" + booking).then().statusCode(404)
                .body("type", containsString("not-issued")).body("detail", containsString("POST /settlement/invoices/bookings/" + booking));

        String key = UUID.randomUUID().toString();
        Response first = issue(f.accounting(1), "bookings/" + booking, key);
        first.then().statusCode(201).body("number", equalTo(number(1))).body("typeCode", equalTo("380"))
                .body("issueDate", equalTo(today.toString())).body("netAmount", equalTo(500.0f))
                .body("sellerId", equalTo(f.member(1).toString())).body("buyerId", equalTo(f.member(2).toString()));
        issue(f.accounting(1), "bookings/" + booking, key).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        issue(f.accounting(2), "bookings/" + booking, UUID.randomUUID().toString()).then().statusCode(200)
                .body("id", equalTo(first.path("id"))).body("number", equalTo(number(1)));

        byte[] once = download("/settlement/invoices/bookings/" + booking, f.accounting(1));
        byte[] twice = download("/settlement/invoices/bookings/" + booking, f.accounting(2));
        byte[] byId = download("/settlement/invoices/" + first.path("id") + "/xml", f.coordinator());
        assertArrayEquals(once, twice, "downloaded twice, byte for byte the same");
        assertArrayEquals(once, byId);
        assertArrayEquals(once, f.bytes("select xml from settlement_invoice where id = ?", UUID.fromString(first.path("id"))));
        String xml = new String(once, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<ram:ID>" + number(1) + "</ram:ID>"), xml);
        assertTrue(xml.contains("<udt:DateTimeString format=\"102\">" + today.format(DateTimeFormatter.BASIC_ISO_DATE)), xml);
        XRechnungValidation.assertValid(xml, "issued-once");

        UUID id = UUID.fromString(first.path("id"));
        assertEquals("DPIM1", f.sqlState("update settlement_invoice set net_amount = 1 where id = ?", id), "an issued invoice is immutable");
        assertEquals("DPIM1", f.sqlState("delete from settlement_invoice where id = ?", id));
        assertEquals("DPIN1", f.sqlState("update settlement_invoice_series set last_sequence = last_sequence + 1 where region_id = ?", f.region),
                "the series moves only with an invoice");
        assertEquals("DPIN1", f.sqlState("insert into settlement_invoice (id, region_id, year, sequence, number, type_code, booking_id, "
                + "seller_id, buyer_id, sector, net_amount, issue_date, issued_by, xml) values (gen_random_uuid(), ?, ?, 5, 'X-5', '380', "
                + "gen_random_uuid(), ?, ?, 'WASTEWATER', 1, current_date, 'test', '\\x00')", f.region, year, f.member(1), f.member(2)),
                "an invoice that skips numbers is refused");
        assertEquals(1, f.count("select last_sequence from settlement_invoice_series where region_id = ? and year = ?", f.region, year));
    }

    @Test
    void eightConcurrentIssuesGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
        List<String> bookings = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            bookings.add(monetary(f.member(1 + i % 2), f.member(2 - i % 2), i + 1, Instant.parse(year + "-02-0" + (i + 1) + "T15:00:00Z")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int round = 0; round < 2; round++) { // every booking issued twice at once, with different keys
                for (int i = 0; i < 8; i++) {
                    String source = "bookings/" + bookings.get(i);
                    String token = round == 0 ? f.accounting(1 + i % 2) : f.coordinator();
                    answers.add(pool.submit(() -> {
                        start.await();
                        return issue(token, source, UUID.randomUUID().toString());
                    }));
                }
            }
            start.countDown();
            Map<String, String> numberOfBooking = new HashMap<>();
            int created = 0;
            for (Future<Response> a : answers) {
                Response r = a.get();
                assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.asString());
                created += r.statusCode() == 201 ? 1 : 0;
                String previous = numberOfBooking.put(r.path("bookingId"), r.path("number"));
                assertTrue(previous == null || previous.equals(r.path("number")), "one booking, one number: " + previous + " " + r.asString());
            }
            assertEquals(8, created, "each booking issued exactly once");
            Set<String> numbers = new TreeSet<>(numberOfBooking.values());
            Set<String> expected = new TreeSet<>();
            for (int n = 1; n <= 8; n++) {
                expected.add(number(n));
            }
            assertEquals(expected, numbers, "consecutive numbers, no gap, no duplicate");
            assertEquals(8, f.count("select count(*) from settlement_invoice where region_id = ?", f.region));
            assertEquals(8, f.count("select last_sequence from settlement_invoice_series where region_id = ? and year = ?", f.region, year));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCorrectionIsACreditNoteReferencingTheOriginal() {
        String booking = monetary(f.member(1), f.member(2), 3, Instant.parse(year + "-03-10T15:00:00Z"));
        String invoice = issue(f.accounting(1), "bookings/" + booking, UUID.randomUUID().toString()).then().statusCode(201)
                .extract().path("id");
        issue(f.accounting(1), invoice + "/credit-notes", UUID.randomUUID().toString()).then().statusCode(409)
                .body("type", containsString("not-reversed"));
        String entry = f.text("select entry_id::text from ledger_line where booking_id = ? limit 1", UUID.fromString(booking));
        given().auth().oauth2(f.coordinator()).contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("reason", "Gerät war defekt")).post("/settlement/ledger/entries/" + entry + "/reversals").then().statusCode(201);

        Response credit = issue(f.accounting(2), invoice + "/credit-notes", UUID.randomUUID().toString());
        credit.then().statusCode(201).body("typeCode", equalTo("381")).body("kind", equalTo("CREDIT_NOTE"))
                .body("number", equalTo(number(2))).body("correctsInvoiceId", equalTo(invoice)).body("netAmount", equalTo(750.0f));
        issue(f.accounting(1), invoice + "/credit-notes", UUID.randomUUID().toString()).then().statusCode(200)
                .body("id", equalTo(credit.path("id")));
        issue(f.accounting(1), credit.path("id") + "/credit-notes", UUID.randomUUID().toString()).then().statusCode(409);
        String xml = new String(download("/settlement/invoices/" + credit.path("id") + "/xml", f.accounting(2)), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<ram:TypeCode>381</ram:TypeCode>"), xml);
        assertTrue(xml.matches("(?s).*<ram:InvoiceReferencedDocument>\\s*<ram:IssuerAssignedID>" + number(1) + "</ram:IssuerAssignedID>.*"), xml);
        XRechnungValidation.assertValid(xml, "credit-note");
        assertEquals(new String(download("/settlement/invoices/" + invoice + "/xml", f.accounting(1)), StandardCharsets.UTF_8),
                new String(download("/settlement/invoices/bookings/" + booking, f.accounting(1)), StandardCharsets.UTF_8),
                "the original stays as issued");

        String reversedFirst = monetary(f.member(1), f.member(2), 1, Instant.parse(year + "-03-11T15:00:00Z"));
        String entry2 = f.text("select entry_id::text from ledger_line where booking_id = ? limit 1", UUID.fromString(reversedFirst));
        given().auth().oauth2(f.coordinator()).contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("reason", "Doppelt")).post("/settlement/ledger/entries/" + entry2 + "/reversals").then().statusCode(201);
        issue(f.accounting(1), "bookings/" + reversedFirst, UUID.randomUUID().toString()).then().statusCode(409)
                .body("type", containsString("reversed"));
        assertEquals(2, f.count("select last_sequence from settlement_invoice_series where region_id = ? and year = ?", f.region, year),
                "refused issues take no number");
    }

    @Test
    void aClosedYearsBookingsAndPaymentsAreStillInvoicedInTheIssueYearsSeries() {
        String booking = monetary(f.member(1), f.member(2), 2, Instant.parse("2025-05-06T15:00:00Z"));
        f.book(f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "20", "HOUR",
                Instant.parse("2025-04-10T14:00:00Z")));
        given().auth().oauth2(f.coordinator()).queryParam("netting", "BILATERAL").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/settlement/years/2025/close").then().statusCode(201);
        String payment = given().auth().oauth2(f.coordinator()).get("/settlement/years/2025/close").then().statusCode(200)
                .extract().path("bilateralPayments[0].id");

        issue(f.accounting(2), "bookings/" + booking, UUID.randomUUID().toString()).then().statusCode(201)
                .body("number", equalTo(number(1))).body("year", equalTo(year));
        String paymentInvoice = issue(f.accounting(2), "payments/" + payment, UUID.randomUUID().toString()).then().statusCode(201)
                .body("number", equalTo(number(2))).body("netAmount", equalTo(2900.0f)).extract().path("id");
        issue(f.accounting(2), paymentInvoice + "/credit-notes", UUID.randomUUID().toString()).then().statusCode(409)
                .body("type", containsString("payment-final"));
        XRechnungValidation.assertValid(new String(download("/settlement/invoices/payments/" + payment, f.accounting(1)),
                StandardCharsets.UTF_8), "closed-year-payment");
    }

    private String monetary(java.util.UUID provider, java.util.UUID consumer, int days, Instant end) {
        ObjectNode e = f.completed(provider, consumer, "WATER_SUPPLY", "LEAK_DETECTOR", "MONETARY", String.valueOf(days), "DAY", end);
        f.book(e);
        return e.get("bookingId").asText();
    }

    private String number(int sequence) {
        return String.format("DLP-%d-%05d", year, sequence);
    }

    private static Response issue(String token, String source, String key) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).post("/settlement/invoices/" + source);
    }

    private static byte[] download(String path, String token) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).contentType("application/xml").extract().asByteArray();
    }
}
