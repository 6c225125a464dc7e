package de.dienstleistungspool.municipality.settlement;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.dienstleistungspool.testinfra.TestInfrastructure;
import de.dienstleistungspool.testinfra.TestTokens;
import io.agroal.api.AgroalDataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Builds a fresh region per test (members, rates, terms through the identity tables) and sends BookingCompleted
 * messages to the real broker in the booking service's contract shape, then waits until the ledger has them.
 */
public final class SettlementFixture {

    /** The booking service's example message; until it exists, the example of docs/EVENTS.md. */
    static final Path CONTRACT = Path.of("../booking-service/src/test/resources/contracts/BookingCompleted.json");
    static final String DOCUMENTED_EXAMPLE = """
            {"eventId":"…","eventType":"BookingCompleted","occurredAt":"2026-07-01T14:05:00Z","bookingId":"…","offerId":"…",
             "offerKind":"SERVICE","offerTitle":"Kanalspülfahrzeug mit Besatzung","category":"SEWER_FLUSHING",
             "sector":"WASTEWATER","regionId":"…","providerMemberId":"…","consumerMemberId":"…",
             "start":"2026-07-01T06:00:00Z","end":"2026-07-01T14:00:00Z","bufferMinutes":0,
             "status":"COMPLETED","settlementMode":"NON_MONETARY",
             "usage":{"quantity":7.5,"unit":"HOUR"},"site":"Wanfried, Marktstraße","actor":"eschwege-works-staff",
             "reason":null,"lateCancellation":null}""";

    private final AgroalDataSource db;
    private final ObjectMapper json;
    public final UUID region;
    public final List<UUID> members = new ArrayList<>();

    /** Books into a region and its members that were set up elsewhere (e.g. through the API). */
    public SettlementFixture(AgroalDataSource db, ObjectMapper json, UUID region, List<UUID> members) {
        this.db = db;
        this.json = json;
        this.region = region;
        this.members.addAll(members);
    }

    public SettlementFixture(AgroalDataSource db, ObjectMapper json, int memberCount) {
        this.db = db;
        this.json = json;
        this.region = UUID.randomUUID();
        sql("insert into region (id, name) values (?, ?)", region, "Testkreis " + region);
        for (int i = 1; i <= memberCount; i++) {
            UUID m = UUID.randomUUID();
            sql("insert into member (id, region_id, name, kind, sectors, leitweg_id, contact_email, contact_phone, street, postal_code, city) "
                    + "values (?, ?, ?, 'MUNICIPALITY', array['WATER_SUPPLY','WASTEWATER'], ?, ?, '+49 5651 304-0', 'Marktplatz " + i + "', '37269', 'Eschwege')",
                    m, region, "Gemeinde " + i, "06636003-TST" + i + "-" + (10 + i), "kasse@gemeinde" + i + ".example");
            members.add(m);
        }
    }

    public UUID member(int i) {
        return members.get(i - 1);
    }

    public SettlementFixture rate(int year, String sector, String category, String unit, String amount) {
        sql("insert into rate (id, region_id, year, sector, category, unit, amount) values (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), region, year, sector, category, unit, new BigDecimal(amount));
        return this;
    }

    public SettlementFixture terms(int year, String toleranceHours, String remainder) {
        sql("insert into settlement_terms (region_id, year, tolerance_hours, remainder) values (?, ?, ?, ?)",
                region, year, new BigDecimal(toleranceHours), remainder);
        return this;
    }

    /** A BookingCompleted message (contract shape) for a usage ending at {@code end}. */
    public ObjectNode completed(UUID provider, UUID consumer, String sector, String category, String mode, String quantity,
                                String unit, Instant end) {
        try {
            ObjectNode e = (ObjectNode) json.readTree(Files.exists(CONTRACT) ? Files.readString(CONTRACT) : DOCUMENTED_EXAMPLE);
            e.put("eventId", UUID.randomUUID().toString());
            e.put("bookingId", UUID.randomUUID().toString());
            e.put("offerId", UUID.randomUUID().toString());
            e.put("regionId", region.toString());
            e.put("providerMemberId", provider.toString());
            e.put("consumerMemberId", consumer.toString());
            e.put("sector", sector);
            e.put("category", category);
            e.put("settlementMode", mode);
            e.put("start", end.minusSeconds(3600).toString());
            e.put("end", end.toString());
            e.put("occurredAt", end.plusSeconds(60).toString());
            ObjectNode usage = e.putObject("usage");
            usage.put("quantity", new BigDecimal(quantity));
            usage.put("unit", unit);
            return e;
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Sends the messages to booking-events, keyed by offer id. */
    public void send(ObjectNode... events) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (ObjectNode e : events) {
            records.add(new ProducerRecord<>("booking-events", e.get("offerId").asText(), e.toString()));
        }
        TestInfrastructure.kafkaCompanion().produceStrings().fromRecords(records).awaitCompletion();
    }

    /** Sends and waits until the ledger holds both lines of every booking sent. */
    public void book(ObjectNode... events) {
        send(events);
        for (ObjectNode e : events) {
            awaitLines(UUID.fromString(e.get("bookingId").asText()), 2);
        }
    }

    public void awaitLines(UUID bookingId, int lines) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (count("select count(*) from ledger_line where booking_id = ?", bookingId) >= lines) {
                return;
            }
            sleep(100);
        }
        fail("booking " + bookingId + " did not reach the ledger within 30 s");
    }

    public long count(String sql, Object... args) {
        return Long.parseLong(text(sql, args));
    }

    /** The first column of the first row of a query, as text (null if SQL NULL). */
    public String text(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of a query, as bytes. */
    public byte[] bytes(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getBytes(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void sql(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = prepare(c, sql, args)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }

    /** Runs a statement and returns the SQLState it failed with, or null if it succeeded. */
    public String sqlState(String sql, Object... args) {
        try {
            sql(sql, args);
            return null;
        } catch (IllegalStateException e) {
            return ((SQLException) e.getCause()).getSQLState();
        }
    }

    public String coordinator() {
        return TestTokens.token(member(1), region, "coordinator");
    }

    public String accounting(int i) {
        return TestTokens.token(member(i), region, "accounting");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
