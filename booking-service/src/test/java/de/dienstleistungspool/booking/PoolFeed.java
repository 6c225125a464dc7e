package de.dienstleistungspool.booking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.TestInfrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;

/**
 * Feeds the real {@code pool-events} and {@code member-events} topics as pool-service and municipality-service do,
 * built from the producers' contract files when they exist (docs/EVENTS.md shapes otherwise), and waits until
 * booking-service has taken the event in.
 */
public final class PoolFeed {

    public static final UUID REGION = UUID.fromString("00000000-0000-4000-a000-000000000001");
    public static final UUID OTHER_REGION = UUID.fromString("00000000-0000-4000-a000-000000000002");
    public static final UUID ESCHWEGE = UUID.fromString("00000000-0000-4000-b000-000000000001");
    public static final UUID WITZENHAUSEN = UUID.fromString("00000000-0000-4000-b000-000000000002");
    public static final UUID SONTRA = UUID.fromString("00000000-0000-4000-b000-000000000004");
    public static final UUID WANFRIED = UUID.fromString("00000000-0000-4000-b000-000000000007");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path POOL_CONTRACTS = Path.of("../pool-service/src/test/resources/contracts");
    private static final Path MEMBER_CONTRACTS = Path.of("../municipality-service/src/test/resources/contracts");

    private PoolFeed() {
    }

    /** The booking database of the test JVM, for assertions on what was (not) written. */
    public static DataSource db() {
        return TestInfrastructure.postgres().getDatabase("postgres", "booking");
    }

    /** An active equipment offer of the given owner in the demo region, projected before this returns. */
    public static UUID equipment(UUID owner, int bufferMinutes) {
        return offer(o -> {
            o.put("ownerMemberId", owner.toString());
            o.put("bufferMinutes", bufferMinutes);
        });
    }

    /** Publishes an {@code OfferCreated} with the changes applied and waits until it is projected. */
    public static UUID offer(Consumer<ObjectNode> changes) {
        UUID offerId = UUID.randomUUID();
        publish("pool-events", offerId, offerCreated(offerId, changes), "OfferCreated");
        return offerId;
    }

    /** The {@code OfferCreated} of an active offer in the demo region with the changes applied (not yet stamped or sent). */
    public static ObjectNode offerCreated(UUID offerId, Consumer<ObjectNode> changes) {
        ObjectNode o = template(POOL_CONTRACTS, "OfferCreated", """
                {"eventId":"x","eventType":"OfferCreated","occurredAt":"2026-01-05T08:00:00Z","offerId":"x",
                 "ownerMemberId":"00000000-0000-4000-b000-000000000001","regionId":"00000000-0000-4000-a000-000000000001",
                 "kind":"EQUIPMENT","category":"SEWER_TV_CAMERA","title":"Kanal-TV-Kamera","sectors":["WASTEWATER"],
                 "depot":{"name":"Bauhof Eschwege","latitude":51.188,"longitude":10.0528},"unit":"DAY",
                 "bufferMinutes":120,"settlementModes":["MONETARY","NON_MONETARY"],"autoConfirm":false,"status":"ACTIVE"}
                """);
        o.put("offerId", offerId.toString());
        o.put("regionId", REGION.toString());
        o.put("status", "ACTIVE");
        o.put("autoConfirm", false);
        o.put("emergencyUse", false);
        o.putNull("onCall");
        o.putNull("person");
        changes.accept(o);
        return o;
    }

    /** Publishes a later snapshot of the offer with another status (OfferPaused, OfferRetired, OfferResumed). */
    public static UUID offerStatus(UUID offerId, UUID owner, String eventType, String status) {
        ObjectNode o = template(POOL_CONTRACTS, eventType, null);
        if (o == null) {
            o = template(POOL_CONTRACTS, "OfferCreated", "{}");
        }
        o.put("eventType", eventType);
        o.put("offerId", offerId.toString());
        o.put("ownerMemberId", owner.toString());
        o.put("regionId", REGION.toString());
        o.put("kind", "EQUIPMENT");
        o.put("category", "SEWER_TV_CAMERA");
        o.put("title", "Kanal-TV-Kamera");
        o.putArray("sectors").add("WASTEWATER");
        o.put("unit", "DAY");
        o.put("bufferMinutes", 0);
        o.putArray("settlementModes").add("MONETARY").add("NON_MONETARY");
        o.put("autoConfirm", false);
        o.put("status", status);
        return publish("pool-events", offerId, o, eventType);
    }

    /** Publishes a {@code BlackoutAdded} and waits until it is stored; returns the blackout id. */
    public static UUID blackout(UUID offerId, UUID owner, Instant start, Instant end) {
        return blackout(offerId, owner, start, end, null);
    }

    /** A {@code BlackoutAdded} with the traceparent header pool-service's relay sends (none if null). */
    public static UUID blackout(UUID offerId, UUID owner, Instant start, Instant end, String traceparent) {
        UUID blackoutId = UUID.randomUUID();
        ObjectNode o = template(POOL_CONTRACTS, "BlackoutAdded", "{}");
        o.put("eventType", "BlackoutAdded");
        o.put("offerId", offerId.toString());
        o.put("blackoutId", blackoutId.toString());
        o.put("ownerMemberId", owner.toString());
        o.put("start", start.toString());
        o.put("end", end.toString());
        o.put("reason", "Wartung");
        UUID eventId = stamp(o, "BlackoutAdded");
        ProducerRecord<String, String> record = new ProducerRecord<>("pool-events", offerId.toString(), o.toString());
        if (traceparent != null) {
            record.headers().add("traceparent", traceparent.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        TestInfrastructure.kafkaCompanion().produceStrings().fromRecords(List.of(record)).awaitCompletion(Duration.ofSeconds(30));
        awaitProcessed(eventId);
        return blackoutId;
    }

    public static void blackoutRemoved(UUID offerId, UUID blackoutId, UUID owner) {
        ObjectNode o = template(POOL_CONTRACTS, "BlackoutRemoved", "{}");
        o.put("eventType", "BlackoutRemoved");
        o.put("offerId", offerId.toString());
        o.put("blackoutId", blackoutId.toString());
        o.put("ownerMemberId", owner.toString());
        o.put("start", "2026-01-01T00:00:00Z");
        o.put("end", "2026-01-02T00:00:00Z");
        o.putNull("reason");
        publish("pool-events", offerId, o, "BlackoutRemoved");
    }

    /** Publishes a member event (MemberLeft, CredentialRevoked ...) with the given fields. */
    public static UUID memberEvent(UUID memberId, String eventType, Consumer<ObjectNode> fields) {
        ObjectNode o = template(MEMBER_CONTRACTS, eventType, "{}");
        o.put("eventType", eventType);
        o.put("memberId", memberId.toString());
        o.put("regionId", REGION.toString());
        fields.accept(o);
        return publish("member-events", memberId, o, eventType);
    }

    /** Publishes the message with a fresh event id and waits until the consumer has processed it. */
    public static UUID publish(String topic, UUID key, ObjectNode event, String eventType) {
        UUID eventId = stamp(event, eventType);
        sendRaw(topic, key.toString(), event.toString());
        awaitProcessed(eventId);
        return eventId;
    }

    /** Gives the event a fresh event id, its type and the present as its moment; returns the event id. */
    public static UUID stamp(ObjectNode event, String eventType) {
        UUID eventId = UUID.randomUUID();
        event.put("eventId", eventId.toString());
        event.put("eventType", eventType);
        event.put("occurredAt", Instant.now().toString());
        return eventId;
    }

    public static void sendRaw(String topic, String key, String value) {
        TestInfrastructure.kafkaCompanion().produceStrings()
                .fromRecords(List.of(new ProducerRecord<>(topic, key, value)))
                .awaitCompletion(Duration.ofSeconds(30));
    }

    public static void awaitProcessed(UUID eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> count("select count(*) from processed_event where event_id = ?", eventId) > 0);
    }

    /** Runs one data-changing statement directly against the service's database (for test fixtures). */
    public static void execute(String sql, Object... params) {
        try (Connection c = db().getConnection(); PreparedStatement s = prepare(c, sql, params)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a counting query against the booking database. */
    public static long count(String sql, Object... params) {
        return Long.parseLong(text(sql, params));
    }

    /** The first column of the first row of a query against the booking database, as text (null if SQL NULL). */
    public static String text(String sql, Object... params) {
        try (Connection c = db().getConnection(); PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    private static ObjectNode template(Path dir, String eventType, String fallback) {
        Path file = dir.resolve(eventType + ".json");
        try {
            if (Files.exists(file)) {
                return (ObjectNode) JSON.readTree(Files.readString(file));
            }
            return fallback == null ? null : (ObjectNode) JSON.readTree(fallback);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read contract " + file, e);
        }
    }
}
