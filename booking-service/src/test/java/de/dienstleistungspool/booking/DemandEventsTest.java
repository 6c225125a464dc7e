package de.dienstleistungspool.booking;

import static de.dienstleistungspool.booking.Api.as;
import static de.dienstleistungspool.booking.Api.dispatcher;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.testinfra.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The needs booking-service could not meet reach {@code demand-events} for the shortage radar: a request refused for
 * lack of capacity (taken, blacked out, a series' taken dates, a rebooking) as {@code BookingRequestRefused} once its
 * rolled-back transaction has ended, a waiting-list entry as {@code WaitlistJoined} with the entry; a refusal for any
 * other reason reports nothing. Each message has exactly the fields of its contract file.
 */
@QuarkusTest
class DemandEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CONTRACTS = Path.of("src/test/resources/contracts/demand-events");
    private static final Instant DAY = Instant.now().plus(Duration.ofDays(71)).truncatedTo(ChronoUnit.DAYS);

    @Test
    void aRequestRefusedForLackOfCapacityIsReportedAndNothingElseIsWritten() throws Exception {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        Api.booked(PoolFeed.WANFRIED, offer, DAY, DAY.plus(Duration.ofHours(5)));
        PoolFeed.blackout(offer, PoolFeed.ESCHWEGE, DAY.plus(Duration.ofDays(2)), DAY.plus(Duration.ofDays(3)));

        Api.request(PoolFeed.SONTRA, offer, DAY.plus(Duration.ofHours(1)), DAY.plus(Duration.ofHours(6))).then()
                .statusCode(409).body("type", equalTo("urn:problem:booking-overlap"));
        Api.request(PoolFeed.SONTRA, offer, DAY.plus(Duration.ofHours(49)), DAY.plus(Duration.ofHours(51))).then()
                .statusCode(409).body("type", equalTo("urn:problem:blackout"));

        List<JsonNode> events = demand(offer, 2);
        assertEquals(List.of("booking-overlap", "blackout"), events.stream().map(e -> e.get("reason").asText()).toList());
        JsonNode first = events.get(0);
        assertEquals("BookingRequestRefused", first.get("eventType").asText());
        assertEquals(PoolFeed.SONTRA.toString(), first.get("consumerMemberId").asText());
        assertEquals(PoolFeed.ESCHWEGE.toString(), first.get("providerMemberId").asText());
        assertEquals(PoolFeed.REGION.toString(), first.get("regionId").asText());
        assertEquals("SEWER_TV_CAMERA", first.get("category").asText());
        assertEquals("WASTEWATER", first.get("sector").asText());
        assertEquals(DAY.plus(Duration.ofHours(1)).toString(), first.get("start").asText());
        assertEquals(DAY.plus(Duration.ofHours(6)).toString(), first.get("end").asText());
        assertEquals(0, PoolFeed.count("select count(*) from booking where offer_id = ? and consumer_member_id = ?",
                offer, PoolFeed.SONTRA), "a refused request books nothing");
    }

    @Test
    void aRefusalForAnotherReasonIsNoShortage() throws Exception {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        PoolFeed.offerStatus(offer, PoolFeed.ESCHWEGE, "OfferPaused", "PAUSED");
        Api.request(PoolFeed.SONTRA, offer, DAY, DAY.plus(Duration.ofHours(2))).then().statusCode(409)
                .body("type", equalTo("urn:problem:offer-unavailable"));
        PoolFeed.offerStatus(offer, PoolFeed.ESCHWEGE, "OfferResumed", "ACTIVE");
        Api.booked(PoolFeed.WANFRIED, offer, DAY, DAY.plus(Duration.ofHours(2)));
        Api.request(PoolFeed.SONTRA, offer, DAY, DAY.plus(Duration.ofHours(2))).then().statusCode(409);

        // the relay publishes in commit order: had the paused offer's refusal been reported, it would come first
        assertEquals(List.of("booking-overlap"), demand(offer, 1).stream().map(e -> e.get("reason").asText()).toList());
    }

    @Test
    void aWaitlistEntryIsReportedWithIt() throws Exception {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        Instant start = DAY.plus(Duration.ofDays(5));
        Api.booked(PoolFeed.WANFRIED, offer, start, start.plus(Duration.ofHours(8)));
        Map<String, Object> entry = new HashMap<>(Api.body(offer, start, start.plus(Duration.ofHours(8))));
        entry.put("expiresAt", start.toString());
        as(dispatcher(PoolFeed.WITZENHAUSEN)).body(entry).post("/waitlist-entries").then().statusCode(201);

        JsonNode joined = demand(offer, 1).get(0);
        assertEquals("WaitlistJoined", joined.get("eventType").asText());
        assertEquals(PoolFeed.WITZENHAUSEN.toString(), joined.get("consumerMemberId").asText());
        assertEquals(start.toString(), joined.get("start").asText());
        assertEquals(true, joined.get("reason").isNull());
    }

    @Test
    void aSeriesReportsEachOccurrenceItFoundTaken() throws Exception {
        UUID offer = PoolFeed.equipment(PoolFeed.ESCHWEGE, 0);
        Instant start = DAY.plus(Duration.ofDays(10));
        Api.booked(PoolFeed.WANFRIED, offer, start, start.plus(Duration.ofHours(4)));
        Api.booked(PoolFeed.WANFRIED, offer, start.plus(Duration.ofDays(2)), start.plus(Duration.ofDays(2)).plus(Duration.ofHours(4)));
        List<Map<String, String>> periods = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            periods.add(Map.of("start", start.plus(Duration.ofDays(d)).toString(),
                    "end", start.plus(Duration.ofDays(d)).plus(Duration.ofHours(4)).toString()));
        }
        Map<String, Object> body = new HashMap<>(Map.of("offerId", offer.toString(), "settlementMode", "NON_MONETARY"));
        body.put("periods", periods);
        as(dispatcher(PoolFeed.SONTRA)).body(body).post("/booking-series").then().statusCode(409);
        as(dispatcher(PoolFeed.SONTRA)).body(body).queryParam("skipConflicts", true).post("/booking-series").then()
                .statusCode(201);

        List<JsonNode> refused = demand(offer, 4);
        assertEquals(List.of(start, start.plus(Duration.ofDays(2)), start, start.plus(Duration.ofDays(2))).stream()
                .map(Instant::toString).toList(), refused.stream().map(e -> e.get("start").asText()).toList(),
                "the taken dates, for the refused series and again for the one that booked the free date");
    }

    /** The offer's demand events from the broker, each checked against its contract file and its headers. */
    private static List<JsonNode> demand(UUID offer, int expected) throws Exception {
        List<ConsumerRecord<String, String>> records = TopicRecords.matching("demand-events",
                r -> offer.toString().equals(r.key()), expected, Duration.ofSeconds(60));
        assertEquals(expected, records.size(), "demand events of offer " + offer);
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode event = JSON.readTree(r.value());
            String type = event.get("eventType").asText();
            assertEquals(type, TopicRecords.header(r, "event-type"));
            assertEquals(event.get("eventId").asText(), TopicRecords.header(r, "event-id"));
            JsonNode contract = JSON.readTree(Files.readString(CONTRACTS.resolve(type + ".json")));
            assertEquals(fields(contract), fields(event), type + " differs from its contract");
            events.add(event);
        }
        return events;
    }

    private static TreeSet<String> fields(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<String> i = node.fieldNames(); i.hasNext(); ) {
            names.add(i.next());
        }
        return names;
    }
}
