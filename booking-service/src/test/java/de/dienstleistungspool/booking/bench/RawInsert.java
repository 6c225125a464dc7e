package de.dienstleistungspool.booking.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The raw PostgreSQL baseline: one transaction inserting a booking row (same table, constraint and trigger) and its
 * outbox row (a table shaped like {@code outbox_event}, indexes included, that no relay reads) over plain JDBC, one
 * connection per client thread.
 */
final class RawInsert {

    private static final String BOOKING = """
            insert into booking (id, offer_id, offer_kind, offer_title, offer_unit, category, sector, region_id,
                provider_member_id, consumer_member_id, start_at, end_at, buffer_minutes, status, settlement_mode,
                requested_by, created_at, updated_at)
            values (?, ?, 'EQUIPMENT', 'Schmutzwasserpumpe', 'DAY', 'MOBILE_PUMP', 'WASTEWATER', ?, ?, ?, ?, ?, 30,
                'REQUESTED', 'NON_MONETARY', 'bench-raw', now(), now())
            """;
    private static final String OUTBOX = """
            insert into bench_outbox (id, topic, record_key, event_type, payload)
            values (?, 'bench-raw', ?, 'BookingRequested', cast(? as json))
            """;

    private final DataSource db;
    private final Slots slots;
    private final ThreadLocal<Connection> connection = new ThreadLocal<>();

    RawInsert(DataSource db, Slots slots) throws java.sql.SQLException {
        this.db = db;
        this.slots = slots;
        try (Connection c = db.getConnection(); java.sql.Statement s = c.createStatement()) {
            // the outbox's shape (columns, defaults, identity, indexes), but no relay reading it
            s.execute("create table if not exists bench_outbox (like outbox_event including all)");
        }
    }

    void insertOne() throws Exception {
        Connection c = connection.get();
        if (c == null) {
            c = db.getConnection();
            c.setAutoCommit(false);
            connection.set(c);
        }
        Slots.Slot slot = slots.next();
        UUID id = UUID.randomUUID();
        try (PreparedStatement b = c.prepareStatement(BOOKING); PreparedStatement o = c.prepareStatement(OUTBOX)) {
            b.setObject(1, id);
            b.setObject(2, slot.offer());
            b.setObject(3, BookingBenchmark.REGION);
            b.setObject(4, BookingBenchmark.OWNER);
            b.setObject(5, BookingBenchmark.REQUESTER);
            b.setObject(6, slot.start().atOffset(ZoneOffset.UTC));
            b.setObject(7, slot.end().atOffset(ZoneOffset.UTC));
            b.executeUpdate();
            o.setObject(1, UUID.randomUUID());
            o.setString(2, slot.offer().toString());
            o.setString(3, "{\"bookingId\":\"" + id + "\",\"offerId\":\"" + slot.offer() + "\",\"start\":\"" + slot.start() + "\"}");
            o.executeUpdate();
            c.commit();
        } catch (Exception e) {
            c.rollback();
            throw e;
        }
    }
}
