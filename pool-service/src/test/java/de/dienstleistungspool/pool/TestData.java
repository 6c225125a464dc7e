package de.dienstleistungspool.pool;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.TestInfrastructure;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Shared test material: the demo county's ids, offer bodies, and booking/member events shaped like the producers'
 * contract files (read from their {@code src/test/resources/contracts/} once they exist, else as in docs/EVENTS.md).
 */
public final class TestData {

    public static final UUID WMK = UUID.fromString("00000000-0000-4000-a000-000000000001");
    public static final UUID ESCHWEGE = UUID.fromString("00000000-0000-4000-b000-000000000001");
    static final ObjectMapper JSON = new ObjectMapper();

    private static final String BOOKING_EXAMPLE = """
            {"eventId":"…","eventType":"BookingCompleted","occurredAt":"2026-07-01T14:30:00Z","bookingId":"…","offerId":"…",
             "offerKind":"SERVICE","offerTitle":"Kanalspülfahrzeug mit Besatzung","category":"SEWER_FLUSHING",
             "sector":"WASTEWATER","regionId":"…","providerMemberId":"…","consumerMemberId":"…",
             "start":"2026-07-01T06:00:00Z","end":"2026-07-01T14:00:00Z","bufferMinutes":0,
             "status":"COMPLETED","settlementMode":"NON_MONETARY",
             "usage":{"quantity":7.5,"unit":"HOUR"},"site":"Wanfried, Marktstraße","actor":"eschwege-works-staff",
             "reason":null,"lateCancellation":null}""";
    private static final String MEMBER_EXAMPLE = """
            {"eventId":"…","eventType":"MemberJoined","occurredAt":"2026-01-05T08:00:00Z",
             "memberId":"00000000-0000-4000-b000-000000000001","regionId":"00000000-0000-4000-a000-000000000001",
             "name":"Kreisstadt Eschwege","kind":"MUNICIPALITY","sectors":["WATER_SUPPLY","WASTEWATER"],"status":"ACTIVE",
             "leitwegId":"06636003-ESW-12","contactEmail":"bauhof@eschwege.example","contactPhone":"+49 5651 304-0",
             "address":{"street":"Obermarkt 22","postalCode":"37269","city":"Eschwege"},
             "depots":[{"depotId":"…","name":"Bauhof Eschwege","latitude":51.1880,"longitude":10.0528}]}""";

    private TestData() {
    }

    /** A valid EQUIPMENT offer body at the given place. */
    public static ObjectNode equipment(String title, double lat, double lon) {
        ObjectNode o = JSON.createObjectNode();
        o.put("kind", "EQUIPMENT").put("category", "SEWER_TV_CAMERA").put("title", title).put("unit", "DAY")
                .put("bufferMinutes", 60).put("autoConfirm", false).put("conditionNotes", "gut");
        o.putArray("sectors").add("WASTEWATER");
        o.putArray("settlementModes").add("MONETARY").add("NON_MONETARY");
        o.putObject("depot").put("name", "Bauhof " + title).put("latitude", lat).put("longitude", lon);
        return o;
    }

    /** Creates an offer through the API and returns its id. */
    public static UUID createOffer(String token, ObjectNode body) {
        return UUID.fromString(given().auth().oauth2(token).contentType("application/json").body(body.toString())
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/offers").then().statusCode(201).extract().path("id"));
    }

    public static ValidatableResponse availability(String token, UUID offerId, String from, String to) {
        return given().auth().oauth2(token).queryParam("from", from).queryParam("to", to)
                .get("/offers/" + offerId + "/availability").then();
    }

    /** A booking event of the given type, shaped like booking-service's contract file for it. */
    public static ObjectNode bookingEvent(String type, String status, UUID bookingId, UUID offerId, UUID provider,
                                          UUID consumer, Instant start, Instant end, Instant occurredAt) {
        ObjectNode e = contract("booking-service", type, BOOKING_EXAMPLE);
        e.put("eventId", UUID.randomUUID().toString()).put("eventType", type).put("occurredAt", occurredAt.toString())
                .put("bookingId", bookingId.toString()).put("offerId", offerId.toString()).put("regionId", WMK.toString())
                .put("providerMemberId", provider.toString()).put("consumerMemberId", consumer.toString())
                .put("start", start.toString()).put("end", end.toString()).put("bufferMinutes", 60).put("status", status);
        return e;
    }

    /** A member snapshot event (MemberJoined, MemberChanged, MemberLeft) with one depot. */
    public static ObjectNode memberEvent(String type, UUID memberId, UUID regionId, String name, double lat, double lon,
                                         Instant occurredAt) {
        ObjectNode e = contract("municipality-service", type, MEMBER_EXAMPLE);
        e.put("eventId", UUID.randomUUID().toString()).put("eventType", type).put("occurredAt", occurredAt.toString())
                .put("memberId", memberId.toString()).put("regionId", regionId.toString()).put("name", name)
                .put("status", type.equals("MemberLeft") ? "LEFT" : "ACTIVE");
        ArrayNode depots = e.putArray("depots");
        depots.addObject().put("depotId", UUID.nameUUIDFromBytes(memberId.toString().getBytes()).toString())
                .put("name", "Bauhof " + name).put("latitude", lat).put("longitude", lon);
        return e;
    }

    /** Sends events to a topic of the real broker, keyed as the producer would, and waits for the acks. */
    public static void produce(String topic, String keyField, ObjectNode... events) {
        var companion = TestInfrastructure.kafkaCompanion();
        for (ObjectNode e : events) {
            companion.produceStrings().fromRecords(new ProducerRecord<>(topic, e.path(keyField).asText(), e.toString()))
                    .awaitCompletion();
        }
    }

    static ObjectNode contract(String producer, String type, String fallback) {
        Path file = Path.of("..", producer, "src", "test", "resources", "contracts", type + ".json");
        try {
            return (ObjectNode) JSON.readTree(Files.exists(file) ? Files.readString(file) : fallback);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
