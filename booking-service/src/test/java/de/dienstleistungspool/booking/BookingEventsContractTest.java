package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.dispatcher;
import static de.dienstleistungspool.booking.Api.step;
import static de.dienstleistungspool.booking.Api.worksStaff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Proves that every {@code booking-events} message booking-service emits has exactly the fields (names, nesting and
 * JSON types) of its example in {@code src/test/resources/contracts/}, carries the event-type and event-id headers,
 * and is keyed by the offer id.
 */
@QuarkusTest
class BookingEventsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CONTRACTS = Path.of("src/test/resources/contracts");
    private static final Instant DAY = Instant.now().plus(Duration.ofDays(50)).truncatedTo(ChronoUnit.DAYS);
    /** After the no-show booking below ends and within the start lead (24 h), so its start may be recorded now. */
    private static final Instant SOON = Instant.now().plus(Duration.ofHours(8)).truncatedTo(ChronoUnit.HOURS);

    @Test
    void everyEventTypeMatchesItsContractFile() throws Exception {
        UUID provider = PoolFeed.ESCHWEGE;
        UUID consumer = PoolFeed.WANFRIED;
        UUID offer = PoolFeed.offer(o -> {
            o.put("ownerMemberId", provider.toString());
            o.put("kind", "SERVICE");
            o.put("category", "SEWER_FLUSHING");
            o.put("title", "Kanalspülfahrzeug mit Besatzung");
            o.put("unit", "HOUR");
            o.put("bufferMinutes", 0);
        });
        String owner = worksStaff(provider);
        UUID done = service(consumer, offer, SOON);
        step(owner, done, "confirm", "eingeplant").then().statusCode(200);
        step(owner, done, "start", null).then().statusCode(200);
        as(owner).body(Map.of("usage", Map.of("quantity", 7.5, "unit", "HOUR"))).post("/bookings/" + done + "/complete")
                .then().statusCode(200);
        step(owner, service(consumer, offer, DAY.plus(Duration.ofDays(1))), "reject", "Werkstatt").then().statusCode(200);
        step(dispatcher(consumer), service(consumer, offer, DAY.plus(Duration.ofDays(2))), "cancel", "entfällt").then().statusCode(200);
        Instant past = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        UUID missed = service(consumer, offer, past);
        step(owner, missed, "confirm", null).then().statusCode(200);
        step(owner, missed, "no-show", "niemand da").then().statusCode(200);

        Map<String, JsonNode> seen = matchContracts(offer, 11);
        assertEquals(Set.of("BookingRequested", "BookingConfirmed", "BookingRejected", "BookingCancelled",
                "BookingStarted", "BookingCompleted", "BookingNoShow"), seen.keySet());
        JsonNode completed = seen.get("BookingCompleted");
        assertEquals(7.5, completed.get("usage").get("quantity").asDouble());
        assertEquals("HOUR", completed.get("usage").get("unit").asText());
        assertEquals("WASTEWATER", completed.get("sector").asText());
        assertEquals("NON_MONETARY", completed.get("settlementMode").asText());
        assertEquals(provider.toString(), completed.get("providerMemberId").asText());
        assertEquals(consumer.toString(), completed.get("consumerMemberId").asText());
        assertEquals("COMPLETED", completed.get("status").asText());
        assertEquals("BA-2026-0815", completed.get("externalReference").asText());
        assertEquals("7.5380.520000", completed.get("costCentre").asText());
        assertTrue(seen.get("BookingCancelled").get("lateCancellation").isBoolean());
        assertNotNull(Instant.parse(completed.get("occurredAt").asText()));
    }

    @Test
    void everyRecoveryEventTypeMatchesItsContractFile() throws Exception {
        UUID provider = PoolFeed.ESCHWEGE;
        UUID consumer = PoolFeed.WANFRIED;
        UUID offer = PoolFeed.offer(o -> {
            o.put("ownerMemberId", provider.toString());
            o.put("kind", "SERVICE");
            o.put("category", "SEWER_FLUSHING");
            o.put("title", "Kanalspülfahrzeug mit Besatzung");
            o.put("unit", "HOUR");
            o.put("bufferMinutes", 0);
        });
        PoolFeed.offer(o -> {
            o.put("ownerMemberId", PoolFeed.SONTRA.toString());
            o.put("kind", "SERVICE");
            o.put("category", "SEWER_FLUSHING");
            o.put("unit", "HOUR");
            o.put("bufferMinutes", 0);
        });
        String owner = worksStaff(provider);
        Instant day = DAY.plus(Duration.ofDays(230)); // clear of the periods other test classes list
        UUID running = service(consumer, offer, day);
        step(owner, running, "confirm", null).then().statusCode(200);
        as(dispatcher(consumer)).body(Map.of("end", day.plus(Duration.ofHours(9)).toString(), "reason", "länger"))
                .post("/bookings/" + running + "/extend").then().statusCode(200);
        step(owner, running, "extension/reject", "Fahrzeug wird gebraucht").then().statusCode(200);
        as(dispatcher(consumer)).body(Map.of("end", day.plus(Duration.ofHours(9)).toString()))
                .post("/bookings/" + running + "/extend").then().statusCode(200);
        step(owner, running, "extension/confirm", null).then().statusCode(200);
        Map<String, Object> entry = new HashMap<>(Api.body(offer, day, day.plus(Duration.ofHours(8))));
        entry.putAll(Map.of("site", "Sontra, Bahnhofstraße", "scopeQuantity", 500, "scopeUnit", "METRE",
                "expiresAt", day.toString()));
        as(dispatcher(PoolFeed.SONTRA)).body(entry).post("/waitlist-entries").then().statusCode(201);
        step(owner, running, "withdraw", "Hydraulikschaden").then().statusCode(200);
        PoolFeed.execute("update booking set hold_expires_at = now() - interval '1 second' where offer_id = ? and status = 'HELD'", offer);

        Map<String, JsonNode> seen = matchContracts(offer, 9);
        assertTrue(seen.keySet().containsAll(Set.of("BookingExtensionRequested", "BookingExtensionRejected",
                "BookingExtended", "BookingWithdrawn", "BookingHeld", "BookingHoldExpired")), seen.keySet().toString());
        assertEquals(day.plus(Duration.ofHours(8)).toString(), seen.get("BookingExtended").get("previousEnd").asText());
        assertTrue(seen.get("BookingWithdrawn").get("alternatives").size() >= 1);
        assertTrue(seen.get("BookingHeld").get("holdExpiresAt").isTextual());
    }

    /** Reads the offer's events from the broker and proves each matches its contract file; the last of each type. */
    private static Map<String, JsonNode> matchContracts(UUID offer, int expected) throws Exception {
        List<ConsumerRecord<String, String>> records = BookingEventsTopic.of(offer, expected, Duration.ofSeconds(60));
        assertEquals(expected, records.size());
        Map<String, JsonNode> seen = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode event = JSON.readTree(r.value());
            String type = event.get("eventType").asText();
            assertEquals(type, header(r, "event-type"));
            assertEquals(event.get("eventId").asText(), header(r, "event-id"));
            assertEquals(offer.toString(), event.get("offerId").asText());
            JsonNode contract = JSON.readTree(Files.readString(CONTRACTS.resolve(type + ".json")));
            assertEquals(shape(contract), shape(event), type + " differs from its contract");
            contract.fieldNames().forEachRemaining(f -> {
                if (!contract.get(f).isNull() && !event.get(f).isNull()) {
                    assertEquals(contract.get(f).getNodeType(), event.get(f).getNodeType(), type + "." + f);
                }
            });
            seen.put(type, event);
        }
        return seen;
    }

    private static UUID service(UUID consumer, UUID offer, Instant start) {
        Map<String, Object> body = new HashMap<>(Api.body(offer, start, start.plus(Duration.ofHours(8))));
        body.put("site", "Wanfried, Marktstraße");
        body.put("scopeQuantity", 2000);
        body.put("scopeUnit", "METRE");
        body.put("externalReference", "BA-2026-0815");
        body.put("costCentre", "7.5380.520000");
        return UUID.fromString(as(dispatcher(consumer)).body(body).post("/bookings").then().statusCode(201)
                .extract().path("id"));
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** The field paths of a message, nested objects included. */
    private static Set<String> shape(JsonNode node) {
        Set<String> out = new TreeSet<>();
        collect(node, "", out);
        return out;
    }

    private static void collect(JsonNode node, String prefix, Set<String> out) {
        node.fields().forEachRemaining(e -> {
            out.add(prefix + e.getKey());
            if (e.getValue().isObject()) {
                collect(e.getValue(), prefix + e.getKey() + ".", out);
            }
        });
    }
}
