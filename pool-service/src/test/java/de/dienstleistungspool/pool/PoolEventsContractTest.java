package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.dienstleistungspool.testinfra.TestInfrastructure;
import de.dienstleistungspool.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The messages pool-service puts on pool-events have exactly the shape of its contract files in
 * {@code src/test/resources/contracts/}: the same fields with the same JSON types, headers and key as documented.
 */
@QuarkusTest
class PoolEventsContractTest {

    static final List<String> TYPES = List.of("OfferCreated", "OfferChanged", "OfferPaused", "OfferResumed",
            "BlackoutAdded", "BlackoutRemoved", "OfferRetired");

    @Test
    void emittedEventsMatchTheContractFiles() throws Exception {
        String staff = TestTokens.token(UUID.randomUUID(), TestData.WMK, "works-staff");
        ConsumerTask<String, String> consumed = TestInfrastructure.kafkaCompanion().consumeStrings().fromTopics("pool-events");
        UUID offer = TestData.createOffer(staff, onCall(TestData.equipment("Kanal-TV-Kamera", 51.188, 10.0528)));
        given().auth().oauth2(staff).contentType("application/json")
                .body(onCall(TestData.equipment("Kanal-TV-Kamera (Schiebekamera)", 51.188, 10.0528)).toString())
                .put("/offers/" + offer).then().statusCode(200);
        given().auth().oauth2(staff).post("/offers/" + offer + "/pause").then().statusCode(200);
        given().auth().oauth2(staff).post("/offers/" + offer + "/resume").then().statusCode(200);
        Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String blackout = given().auth().oauth2(staff).contentType("application/json")
                .body("{\"start\":\"" + start + "\",\"end\":\"" + start.plus(1, ChronoUnit.DAYS) + "\",\"reason\":\"Wartung\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers/" + offer + "/blackouts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(staff).delete("/offers/" + offer + "/blackouts/" + blackout).then().statusCode(204);
        given().auth().oauth2(staff).post("/offers/" + offer + "/retire").then().statusCode(200);

        Map<String, ConsumerRecord<String, String>> byType = new LinkedHashMap<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ConsumerRecord<String, String> r : consumed.getRecords()) {
                if (offer.toString().equals(r.key())) {
                    byType.putIfAbsent(TestData.JSON.readTree(r.value()).path("eventType").asText(), r);
                }
            }
            return byType.size() == TYPES.size();
        });
        consumed.stop();
        assertEquals(TYPES, new ArrayList<>(byType.keySet()), "events of one offer arrive in the order of the changes");
        for (String type : TYPES) {
            ConsumerRecord<String, String> record = byType.get(type);
            JsonNode actual = TestData.JSON.readTree(record.value());
            JsonNode contract = TestData.JSON.readTree(Files.readString(Path.of("src/test/resources/contracts/" + type + ".json")));
            assertSameShape(type, contract, actual);
            assertEquals(type, new String(record.headers().lastHeader("event-type").value(), StandardCharsets.UTF_8));
            assertEquals(actual.path("eventId").asText(), new String(record.headers().lastHeader("event-id").value(), StandardCharsets.UTF_8));
            Instant.parse(actual.path("occurredAt").asText());
        }
        assertEquals("RETIRED", TestData.JSON.readTree(byType.get("OfferRetired").value()).path("status").asText());
        assertEquals("Wartung", TestData.JSON.readTree(byType.get("BlackoutAdded").value()).path("reason").asText());
    }

    /** Emergency use with an on-call contact, so the snapshot's onCall has its documented shape. */
    private static com.fasterxml.jackson.databind.node.ObjectNode onCall(com.fasterxml.jackson.databind.node.ObjectNode offer) {
        offer.put("emergencyUse", true);
        offer.putObject("onCall").put("name", "Rufbereitschaft Bauhof Eschwege")
                .put("email", "rufbereitschaft@eschwege.example").put("phone", "+49 5651 304-111");
        return offer;
    }

    static void assertSameShape(String where, JsonNode contract, JsonNode actual) {
        assertEquals(contract.getNodeType(), actual.getNodeType(), where + " has the wrong JSON type");
        if (contract.isObject()) {
            List<String> expected = new ArrayList<>();
            contract.fieldNames().forEachRemaining(expected::add);
            List<String> got = new ArrayList<>();
            actual.fieldNames().forEachRemaining(got::add);
            assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(got), where + " has other fields than its contract");
            if (!where.contains(".") && !where.contains("[")) {
                assertEquals(List.of("eventId", "eventType", "occurredAt"), got.subList(0, 3), where + " does not start as docs/EVENTS.md says");
            }
            for (Iterator<String> it = contract.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                assertSameShape(where + "." + field, contract.get(field), actual.get(field));
            }
        } else if (contract.isArray()) {
            assertTrue(actual.size() > 0 || contract.isEmpty(), where + " is empty");
            for (JsonNode element : actual) {
                assertSameShape(where + "[]", contract.get(0), element);
            }
        }
    }
}
