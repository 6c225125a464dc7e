package de.dienstleistungspool.municipality.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.platform.security.Roles;
import de.dienstleistungspool.testinfra.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.junit.jupiter.api.Test;

/**
 * The producer's side of the {@code member-events} contract: each event type, caused through the API and read back
 * from the real broker, has exactly the fields and JSON types of its example in {@code src/test/resources/contracts/},
 * the record key named in docs/EVENTS.md and the {@code event-type}/{@code event-id} headers.
 */
@QuarkusTest
class MemberEventsContractTest {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void everyMemberEventTypeHasTheShapeOfItsContractExample() throws Exception {
        ConsumerTask<String, String> records = TestInfrastructure.kafkaCompanion().consumeStrings()
                .withGroupId("contract-" + UUID.randomUUID()).withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics("member-events");
        try {
            TestCounty county = new TestCounty(em);
            String coordinator = county.coordinator();
            Map<String, Object> member = Map.of("name", "Stadt Vertrag " + UUID.randomUUID(), "kind", "MUNICIPALITY",
                    "sectors", List.of("WATER_SUPPLY", "WASTEWATER"), "leitwegId", "06636003-ESW-93",
                    "contactEmail", "bauhof@vertrag.example", "contactPhone", "+49 5651 304-0",
                    "address", Map.of("street", "Obermarkt 22", "postalCode", "37269", "city", "Eschwege"),
                    "depots", List.of(Map.of("name", "Bauhof", "latitude", 51.188, "longitude", 10.0528)));
            String memberId = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(member).header("Idempotency-Key", UUID.randomUUID().toString()).post("/members")
                    .then().statusCode(201).extract().path("member.id");
            given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(member).put("/members/" + memberId).then().statusCode(200);
            String admin = county.token(UUID.fromString(memberId), Roles.MEMBER_ADMIN);
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("name", "Disposition", "email", "d" + UUID.randomUUID() + "@vertrag.example", "roles", List.of("dispatcher")))
                    .header("Idempotency-Key", UUID.randomUUID().toString()).post("/members/" + memberId + "/users").then().statusCode(201);
            given().auth().oauth2(county.token(UUID.fromString(memberId), Roles.ACCOUNTING)).contentType(ContentType.JSON)
                    .body(Map.of("taxNumber", "025 123 45678", "iban", "DE89370400440532013000", "bic", "COBADEFFXXX"))
                    .put("/settlement/billing-details/" + memberId).then().statusCode(200);
            String clientId = (String) county.newClient(UUID.fromString(memberId), Roles.DISPATCHER).get("clientId");
            given().auth().oauth2(admin).post("/members/" + memberId + "/clients/" + clientId + "/revoke").then().statusCode(200);
            given().auth().oauth2(coordinator).post("/members/" + memberId + "/leave").then().statusCode(200);
            given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                    .body(Map.of("rates", List.of(Map.of("sector", "WASTEWATER", "category", "SEWER_FLUSHING", "unit", "HOUR", "amount", 145)),
                            "settlementTerms", Map.of("toleranceHours", 8, "remainder", "CARRY_OVER")))
                    .put("/regions/" + county.region1 + "/rates/2026").then().statusCode(200);
            given().auth().oauth2(SigningKeyProtectionTest.operatorToken()).post("/regions/" + county.region1 + "/deactivation")
                    .then().statusCode(200);

            List<String> types = List.of("MemberJoined", "MemberChanged", "UserChanged", "BillingDetailsChanged", "CredentialRevoked",
                    "MemberLeft", "RatesPublished", "RegionDeactivated");
            List<ConsumerRecord<String, String>> mine = awaitTypes(records, List.of(memberId, county.region1.toString()), types);
            for (String type : types) {
                ConsumerRecord<String, String> record = mine.stream().filter(r -> type.equals(header(r, "event-type"))).findFirst().orElseThrow();
                JsonNode actual = json.readTree(record.value());
                JsonNode example = json.readTree(Files.readString(Path.of("src/test/resources/contracts/" + type + ".json")));
                assertSameShape(example, actual, type);
                assertEquals(type, actual.get("eventType").asText());
                assertEquals(actual.get("eventId").asText(), header(record, "event-id"));
                boolean ofRegion = type.equals("RatesPublished") || type.equals("RegionDeactivated");
                assertEquals(ofRegion ? county.region1.toString() : memberId, record.key(), type + " key");
            }
            JsonNode billing = json.readTree(mine.stream().filter(r -> "BillingDetailsChanged".equals(header(r, "event-type")))
                    .findFirst().orElseThrow().value());
            assertEquals("3000", billing.get("ibanLast4").asText(), "of the IBAN only its last four characters leave the service");
            assertFalse(billing.toString().contains("DE89") || billing.toString().contains("05320"), "never more: " + billing);
            assertEquals(List.of("taxNumber", "iban", "bic"), json.convertValue(billing.get("changedFields"), List.class));
            List<String> order = mine.stream().filter(r -> r.key().equals(memberId)).map(r -> header(r, "event-type")).toList();
            assertEquals("MemberJoined", order.get(0));
            assertEquals("MemberLeft", order.get(order.size() - 1), "MemberLeft comes last for the member: " + order);
        } finally {
            records.stop();
        }
    }

    private static List<ConsumerRecord<String, String>> awaitTypes(ConsumerTask<String, String> records, List<String> keys,
                                                                   List<String> types) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<ConsumerRecord<String, String>> mine = new ArrayList<>(records.getRecords().stream().filter(r -> keys.contains(r.key())).toList());
            if (types.stream().allMatch(t -> mine.stream().anyMatch(r -> t.equals(header(r, "event-type"))))) {
                return mine;
            }
            Thread.sleep(200);
        }
        fail("Not all of " + types + " arrived on member-events within 60 s");
        return List.of();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Same field names at every level and the same JSON node types (text, number, boolean, array, object). */
    static void assertSameShape(JsonNode example, JsonNode actual, String where) {
        assertEquals(example.getNodeType(), actual.getNodeType(), where + " has the wrong JSON type");
        if (example.isObject()) {
            List<String> expectedNames = new ArrayList<>();
            example.fieldNames().forEachRemaining(expectedNames::add);
            List<String> actualNames = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            assertEquals(expectedNames.stream().sorted().toList(), actualNames.stream().sorted().toList(), where + " fields");
            for (Iterator<String> it = example.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                assertSameShape(example.get(name), actual.get(name), where + "." + name);
            }
        } else if (example.isArray()) {
            assertTrue(actual.size() > 0, where + " is empty");
            assertSameShape(example.get(0), actual.get(0), where + "[0]");
        }
    }
}
