package de.dienstleistungspool.municipality.settlement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.DeadLetters;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's own reference (order number and cost centre) from the booking reaches the ledger lines, the CSV and
 * PDF statements and the XRechnung (BT-13; BT-10 only where the buyer has no Leitweg-ID), which Mustang's validator
 * still accepts.
 */
@QuarkusTest
class ClientReferenceTest {

    private static final String ORDER = "BA-2025/4711";
    private static final String COST_CENTRE = "7.5380.520000";

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    SettlementFixture f;
    ObjectNode referenced;

    @BeforeEach
    void bookedWithReference() {
        f = new SettlementFixture(db, json, 2).rate(2025, "WATER_SUPPLY", "LEAK_DETECTOR", "DAY", "250.00");
        referenced = monetary(ORDER, COST_CENTRE, "2025-05-06T15:00:00Z");
        f.book(referenced);
        given().auth().oauth2(f.accounting(1)).contentType("application/json")
                .body("{\"taxNumber\":\"025 123 45678\",\"iban\":\"DE02120300000000202051\",\"bic\":\"BYLADEM1001\"}")
                .put("/settlement/billing-details/" + f.member(1)).then().statusCode(200);
    }

    @Test
    void bothLinesOfTheEntryCarryTheReference() {
        given().auth().oauth2(f.accounting(2)).queryParam("year", 2025).get("/settlement/ledger").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].externalReference", equalTo(ORDER)).body("items[0].costCentre", equalTo(COST_CENTRE));
        assertEquals(2, f.count("select count(*) from ledger_line where booking_id = ? and external_reference = ? and cost_centre = ?",
                UUID.fromString(referenced.get("bookingId").asText()), ORDER, COST_CENTRE));
    }

    @Test
    void csvAndPdfStatementsPrintTheReference() throws Exception {
        byte[] csv = report("csv");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String line = Arrays.stream(text.split("\r\n")).filter(l -> l.contains(referenced.get("bookingId").asText()))
                .findFirst().orElseThrow();
        assertTrue(line.endsWith(";-500,00;" + ORDER + ";" + COST_CENTRE), line);
        try (PDDocument doc = Loader.loadPDF(report("pdf"))) {
            String pdf = new PDFTextStripper().getText(doc).replaceAll("[\\r\\n]", "");
            assertTrue(pdf.contains("Ihr Zeichen / Bestellnummer"), pdf);
            assertTrue(pdf.contains(ORDER), pdf);
            assertTrue(pdf.contains(COST_CENTRE), pdf);
        }
    }

    @Test
    void invoiceNamesTheOrderAndPassesTheValidator() {
        String xml = invoice(referenced);
        assertTrue(xml.contains("<ram:BuyerReference>06636003-TST2-12</ram:BuyerReference>"), "Leitweg-ID first: " + xml);
        assertTrue(xml.contains("<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>" + ORDER + "</ram:IssuerAssignedID>")
                || xml.replaceAll(">\\s+<", "><").contains("<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>" + ORDER
                + "</ram:IssuerAssignedID>"), xml);
        assertTrue(xml.contains(COST_CENTRE), "cost centre in the note: " + xml);
        XRechnungValidation.assertValid(xml, "referenced");
    }

    @Test
    void withoutLeitwegIdTheClientsReferenceIsTheBuyerReference() {
        f.sql("update member set leitweg_id = null where id = ?", f.member(2));
        String xml = invoice(referenced);
        assertTrue(xml.contains("<ram:BuyerReference>" + ORDER + "</ram:BuyerReference>"), xml);
        XRechnungValidation.assertValid(xml, "order-as-buyer-reference");

        ObjectNode costCentreOnly = monetary(null, COST_CENTRE, "2025-06-03T15:00:00Z");
        f.book(costCentreOnly);
        String second = invoice(costCentreOnly);
        assertTrue(second.contains("<ram:BuyerReference>" + COST_CENTRE + "</ram:BuyerReference>"), second);
        assertTrue(!second.contains("BuyerOrderReferencedDocument"), "no order, no BT-13: " + second);
        XRechnungValidation.assertValid(second, "cost-centre-as-buyer-reference");

        ObjectNode bare = monetary(null, null, "2025-07-01T15:00:00Z");
        f.book(bare);
        issue(bare).then().statusCode(409).body("type", containsString("leitweg-id-missing"));
        given().auth().oauth2(f.accounting(2)).queryParam("year", 2025).get("/settlement/invoices/bookings/"
                + bare.get("bookingId").asText()).then().statusCode(404);
    }

    @Test
    void aReferenceThatIsNotOneShortLineIsDeadLetteredAndBooksNothing() {
        ObjectNode forged = monetary("BA-1\r\nX", null, "2025-08-01T15:00:00Z");
        ObjectNode tooLong = monetary(null, "x".repeat(65), "2025-08-02T15:00:00Z");
        ObjectNode fine = monetary("ok", null, "2025-08-03T15:00:00Z");
        String key = fine.get("offerId").asText();
        forged.put("offerId", key);
        tooLong.put("offerId", key);
        DeadLetters.send("booking-events", key, forged.toString(), tooLong.toString());
        f.book(fine);
        assertEquals(0, f.count("select count(*) from ledger_line where booking_id in (?, ?)",
                UUID.fromString(forged.get("bookingId").asText()), UUID.fromString(tooLong.get("bookingId").asText())));
        var dead = DeadLetters.keyed("municipality-service.booking-events.dlq", key, 2);
        for (var record : dead) {
            assertTrue(DeadLetters.reason(record).endsWith("is not one line of at most 64 characters"), DeadLetters.reason(record));
        }
    }

    private ObjectNode monetary(String order, String costCentre, String end) {
        ObjectNode e = f.completed(f.member(1), f.member(2), "WATER_SUPPLY", "LEAK_DETECTOR", "MONETARY", "2", "DAY",
                Instant.parse(end));
        if (order == null) {
            e.putNull("externalReference");
        } else {
            e.put("externalReference", order);
        }
        if (costCentre == null) {
            e.putNull("costCentre");
        } else {
            e.put("costCentre", costCentre);
        }
        return e;
    }

    private byte[] report(String format) {
        return given().auth().oauth2(f.accounting(2)).queryParam("year", 2025).queryParam("sector", "WATER_SUPPLY")
                .queryParam("format", format).get("/settlement/reports/members/" + f.member(2))
                .then().statusCode(200).extract().asByteArray();
    }

    private io.restassured.response.Response issue(ObjectNode booking) {
        return given().auth().oauth2(f.accounting(2)).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/settlement/invoices/bookings/" + booking.get("bookingId").asText());
    }

    private String invoice(ObjectNode booking) {
        issue(booking).then().statusCode(201);
        return given().auth().oauth2(f.accounting(2)).get("/settlement/invoices/bookings/" + booking.get("bookingId").asText())
                .then().statusCode(200).extract().asString();
    }
}
