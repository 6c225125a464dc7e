package de.dienstleistungspool.municipality.settlement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Statements and invoices for accounting after a close: JSON traceable to bookings, CSV for a German Excel, a PDF that
 * renders, and XRechnung files that Mustang's validator accepts.
 */
@QuarkusTest
class SettlementReportTest {

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    SettlementFixture f;
    ObjectNode give;
    ObjectNode monetary;

    @BeforeEach
    void closedYear() {
        f = new SettlementFixture(db, json, 2)
                .rate(2025, "WASTEWATER", "SEWER_FLUSHING", "HOUR", "145.00")
                .rate(2025, "WATER_SUPPLY", "LEAK_DETECTOR", "DAY", "250.00");
        give = f.completed(f.member(1), f.member(2), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "20", "HOUR",
                Instant.parse("2025-04-10T14:00:00Z"));
        monetary = f.completed(f.member(1), f.member(2), "WATER_SUPPLY", "LEAK_DETECTOR", "MONETARY", "2", "DAY",
                Instant.parse("2025-05-06T15:00:00Z"));
        monetary.put("offerTitle", "Leckortungsgerät; \"Hydrolux\"");
        f.book(give, monetary, f.completed(f.member(2), f.member(1), "WASTEWATER", "SEWER_FLUSHING", "NON_MONETARY", "5", "HOUR",
                Instant.parse("2025-09-01T12:00:00Z")));
        given().auth().oauth2(f.coordinator()).queryParam("netting", "BILATERAL").header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/years/2025/close").then().statusCode(201);
    }

    @Test
    void jsonStatementTracesEveryFigureToItsBooking() {
        given().auth().oauth2(f.accounting(2)).queryParam("year", 2025).queryParam("sector", "WASTEWATER")
                .get("/settlement/reports/members/" + f.member(2)).then().statusCode(200)
                .body("closed", equalTo(true)).body("lines.size()", equalTo(2))
                .body("lines.bookingId", hasItem(give.get("bookingId").asText()))
                .body("counterparties[0].payable", equalTo(-2175.0f)).body("counterparties[0].netHours", equalTo(-15.0f))
                .body("totals.yearEndPosition", equalTo(-2175.0f))
                .body("payments.find { it.netting == 'BILATERAL' }.amount", equalTo(2175.0f));
        UUID statementId = de.dienstleistungspool.municipality.settlement.domain.YearCloseWriter.statementId(
                f.region, 2025, f.member(1), de.dienstleistungspool.municipality.settlement.domain.Sector.WASTEWATER);
        given().auth().oauth2(f.accounting(1)).get("/settlement/statements/" + statementId).then().statusCode(200)
                .body("memberId", equalTo(f.member(1).toString())).body("totals.yearEndPosition", equalTo(2175.0f));
        given().auth().oauth2(f.accounting(2)).get("/settlement/statements/" + statementId).then().statusCode(404);
    }

    @Test
    void csvOpensInAGermanExcel() {
        byte[] csv = given().auth().oauth2(f.accounting(1)).queryParam("year", 2025).queryParam("sector", "WATER_SUPPLY")
                .queryParam("format", "csv").get("/settlement/reports/members/" + f.member(1))
                .then().statusCode(200).header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "UTF-8 BOM");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        assertTrue(text.contains("Datum;Buchung;Eintrag;Art;Abrechnung;Mitglied;Gegenpartei;Leistung;Kategorie;Menge;Einheit;Satz EUR;Betrag EUR;Ihr Zeichen / Bestellnummer;Haushaltsstelle\r\n"));
        String line = Arrays.stream(text.split("\r\n")).filter(l -> l.contains(monetary.get("bookingId").asText())).findFirst().orElseThrow();
        assertTrue(line.startsWith("06.05.2025;"), line);
        assertTrue(line.contains(";\"Leckortungsgerät; \"\"Hydrolux\"\"\";LEAK_DETECTOR;2,00;DAY;250,00;500,00"), line);
        assertTrue(text.contains("Summe monetär EUR;500,00"), text);
    }

    @Test
    void pdfStatementRendersWithTheFiguresAndBookings() throws Exception {
        byte[] pdf = given().auth().oauth2(f.accounting(1)).queryParam("year", 2025).queryParam("sector", "WASTEWATER")
                .queryParam("format", "pdf").get("/settlement/reports/members/" + f.member(1))
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/settlement-statement-sample.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 1);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Abrechnung Abwasserbeseitigung 2025"), text);
            assertTrue(text.contains(give.get("bookingId").asText()), "booking id printed");
            assertTrue(text.contains("2175,00"), "net payment printed");
            assertTrue(text.contains("Gemeinde 2"), "counterparty printed");
        }
        byte[] region = given().auth().oauth2(f.coordinator()).queryParam("year", 2025).queryParam("sector", "WASTEWATER")
                .queryParam("format", "pdf").get("/settlement/reports/region").then().statusCode(200).extract().asByteArray();
        Files.write(Path.of("target/settlement-region-sample.pdf"), region);
        try (PDDocument doc = Loader.loadPDF(region)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Regionsabrechnung Abwasserbeseitigung 2025"));
        }
    }

    @Test
    void xrechnungInvoicesPassMustangsValidator() throws Exception {
        String booking = monetary.get("bookingId").asText();
        issue(f.accounting(1), "bookings/" + booking).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.containsString("billing-details-missing"));
        given().auth().oauth2(f.accounting(1)).get("/settlement/invoices/bookings/" + booking).then().statusCode(404)
                .body("type", org.hamcrest.Matchers.containsString("not-issued"));
        given().auth().oauth2(f.accounting(1)).contentType("application/json")
                .body("{\"taxNumber\":\"025 123 45678\",\"iban\":\"DE02120300000000202051\",\"bic\":\"BYLADEM1001\"}")
                .put("/settlement/billing-details/" + f.member(1)).then().statusCode(200);
        given().auth().oauth2(f.accounting(1)).contentType("application/json").body("{\"iban\":\"not an iban\"}")
                .put("/settlement/billing-details/" + f.member(1)).then().statusCode(400);

        issue(f.accounting(2), "bookings/" + booking).then().statusCode(201);
        String bookingInvoice = given().auth().oauth2(f.accounting(2)).get("/settlement/invoices/bookings/" + booking)
                .then().statusCode(200).extract().asString();
        assertTrue(bookingInvoice.contains("<ram:BuyerReference>06636003-TST2-12</ram:BuyerReference>"), bookingInvoice);
        XRechnungValidation.assertValid(bookingInvoice, "booking");

        String paymentId = given().auth().oauth2(f.coordinator()).get("/settlement/years/2025/close").then().statusCode(200)
                .extract().path("bilateralPayments[0].id");
        issue(f.accounting(1), "payments/" + paymentId).then().statusCode(201);
        String paymentInvoice = given().auth().oauth2(f.accounting(2)).get("/settlement/invoices/payments/" + paymentId)
                .then().statusCode(200).extract().asString();
        assertTrue(paymentInvoice.contains("2175.00"), paymentInvoice);
        XRechnungValidation.assertValid(paymentInvoice, "payment");
        String poolPayment = given().auth().oauth2(f.coordinator()).get("/settlement/years/2025/close").then().extract().path("multilateralPayments[0].id");
        issue(f.coordinator(), "payments/" + poolPayment).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.containsString("pool-identity-missing"));

        String broken = bookingInvoice.replace("<ram:BuyerReference>06636003-TST2-12</ram:BuyerReference>", "");
        assertTrue(XRechnungValidation.validate(broken, "broken").contains("BR-DE-15"), "the validator catches a missing Leitweg-ID");
    }

    private static io.restassured.response.Response issue(String token, String source) {
        return given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/invoices/" + source);
    }
}
