package de.dienstleistungspool.municipality.settlement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.testinfra.TestInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Proves that a close emits YearClosed and StatementReady on settlement-events in exactly the shape of the example
 * messages in {@code src/test/resources/contracts/} (same fields, same JSON types, headers, key = region id).
 */
@QuarkusTest
class SettlementEventsContractTest {

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    @Test
    void closeEmitsEventsInTheContractShape() throws Exception {
        SettlementFixture f = new SettlementFixture(db, json, 2).rate(2025, "WATER_SUPPLY", "WATER_MASTER", "HOUR", "60.00");
        f.book(f.completed(f.member(1), f.member(2), "WATER_SUPPLY", "WATER_MASTER", "NON_MONETARY", "16", "HOUR",
                Instant.parse("2025-08-01T12:00:00Z")));
        given().auth().oauth2(f.coordinator()).header("Idempotency-Key", UUID.randomUUID().toString()).post("/settlement/years/2025/close").then().statusCode(201);

        var task = TestInfrastructure.kafkaCompanion().consumeStrings().fromTopics("settlement-events");
        List<ConsumerRecord<String, String>> mine = List.of();
        long deadline = System.currentTimeMillis() + 30_000;
        while (mine.size() < 3 && System.currentTimeMillis() < deadline) {
            SettlementFixture.sleep(200);
            mine = task.getRecords().stream().filter(r -> f.region.toString().equals(r.key())).toList();
        }
        task.stop();
        assertEquals(3, mine.size(), "one YearClosed and a StatementReady per member and sector");
        for (ConsumerRecord<String, String> record : mine) {
            JsonNode event = json.readTree(record.value());
            String type = event.get("eventType").asText();
            assertEquals(type, new String(record.headers().lastHeader("event-type").value(), StandardCharsets.UTF_8));
            assertEquals(event.get("eventId").asText(), new String(record.headers().lastHeader("event-id").value(), StandardCharsets.UTF_8));
            JsonNode contract = json.readTree(Files.readString(Path.of("src/test/resources/contracts/" + type + ".json")));
            assertEquals(shape(contract), shape(event), type + " matches its contract");
            assertTrue(Instant.parse(event.get("occurredAt").asText()).isBefore(Instant.now().plusSeconds(1)));
        }
    }

    @Test
    void anIssuedInvoiceIsAnnouncedInTheContractShape() throws Exception {
        SettlementFixture f = new SettlementFixture(db, json, 2).rate(2026, "WATER_SUPPLY", "LEAK_DETECTOR", "DAY", "250.00");
        var booking = f.completed(f.member(1), f.member(2), "WATER_SUPPLY", "LEAK_DETECTOR", "MONETARY", "2", "DAY",
                Instant.parse("2026-03-02T12:00:00Z"));
        f.book(booking);
        given().auth().oauth2(f.accounting(1)).contentType("application/json")
                .body("{\"taxNumber\":\"025 123 45678\",\"iban\":\"DE02120300000000202051\",\"bic\":\"BYLADEM1001\"}")
                .put("/settlement/billing-details/" + f.member(1)).then().statusCode(200);
        var task = TestInfrastructure.kafkaCompanion().consumeStrings().fromTopics("settlement-events");
        String invoiceId = given().auth().oauth2(f.accounting(2)).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/settlement/invoices/bookings/" + booking.get("bookingId").asText()).then().statusCode(201).extract().path("id");
        List<ConsumerRecord<String, String>> mine = List.of();
        long deadline = System.currentTimeMillis() + 30_000;
        while (mine.isEmpty() && System.currentTimeMillis() < deadline) {
            SettlementFixture.sleep(200);
            mine = task.getRecords().stream().filter(r -> f.region.toString().equals(r.key())).toList();
        }
        task.stop();
        assertEquals(1, mine.size(), "one InvoiceIssued");
        JsonNode event = json.readTree(mine.get(0).value());
        assertEquals("InvoiceIssued", new String(mine.get(0).headers().lastHeader("event-type").value(), StandardCharsets.UTF_8));
        assertEquals(shape(json.readTree(Files.readString(Path.of("src/test/resources/contracts/InvoiceIssued.json")))), shape(event));
        assertEquals(invoiceId, event.get("invoiceId").asText());
        assertEquals(f.member(1).toString(), event.get("sellerId").asText());
        assertEquals(f.member(2).toString(), event.get("buyerId").asText());
        assertEquals("BA-2026-0815", event.get("externalReference").asText());
        assertEquals(500.0, event.get("netAmount").asDouble());
    }

    private static Map<String, String> shape(JsonNode node) {
        Map<String, String> shape = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var field = it.next();
            shape.put(field.getKey(), field.getValue().getNodeType().name());
        }
        return shape;
    }
}
