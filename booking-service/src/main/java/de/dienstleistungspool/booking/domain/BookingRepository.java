package de.dienstleistungspool.booking.domain;

import de.dienstleistungspool.platform.jdbc.TransactionalJdbc;
import de.dienstleistungspool.platform.outbox.Outbox;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores bookings; the insert leaves the no-overlap decision to the database's exclusion constraint.
 */
@Singleton
public class BookingRepository implements PanacheRepositoryBase<Booking, UUID> {

    @Inject
    TransactionalJdbc jdbc;

    /**
     * Inserts the booking unless an active booking of the same offer overlaps it (buffer included), and with it its
     * first audit lines and outbox rows, in one statement and one round trip (with any statement the transaction
     * deferred, e.g. the stored Idempotency-Key response). The lines and rows are written in the given order, and only
     * if the booking was. A concurrent insert of an overlapping booking makes this wait until that one commits or rolls
     * back. The insert trigger refuses inactive offers and blackouts with SQLSTATE BK001/BK002.
     *
     * @return {@code true} if inserted, {@code false} (nothing written) if the exclusion constraint found an overlap
     */
    public boolean insertIfFree(Booking b, List<BookingTransition> lines, List<Outbox.Row> events) {
        requireTrail(lines, events);
        String sql = STATEMENTS.computeIfAbsent(shape(lines, events, false), shape -> statement(lines.size(), events.size(), false));
        return jdbc.run(sql, (s, from) -> bindAll(s, from, b, lines, events), BookingRepository::inserted);
    }

    /**
     * As {@link #insertIfFree}, and commits the transaction in the same round trip: an overlap aborts that round trip
     * before the commit, with SQLSTATE BK003 naming the active booking it overlaps ({@code booking_require_inserted},
     * migration V7), as the trigger's refusals do with BK001/BK002. The transaction takes no statement after it.
     */
    public void insertAndCommit(Booking b, List<BookingTransition> lines, List<Outbox.Row> events) {
        requireTrail(lines, events);
        String sql = STATEMENTS.computeIfAbsent(shape(lines, events, true), shape -> statement(lines.size(), events.size(), true));
        jdbc.runAndCommit(sql, (s, from) -> {
            int next = bindAll(s, from, b, lines, events);
            s.setObject(next, b.offerId);
            s.setObject(next + 1, Instants.utc(b.startAt));
            s.setObject(next + 2, Instants.utc(b.occupiedUntil()));
            return next + 3;
        }, BookingRepository::inserted);
    }

    private static void requireTrail(List<BookingTransition> lines, List<Outbox.Row> events) {
        if (lines.isEmpty() || events.isEmpty()) {
            throw new IllegalArgumentException("A new booking has at least one audit line and one event");
        }
    }

    private static int shape(List<BookingTransition> lines, List<Outbox.Row> events, boolean committing) {
        return (committing ? 1 << 20 : 0) + lines.size() * 1024 + events.size();
    }

    private static int bindAll(PreparedStatement s, int from, Booking b, List<BookingTransition> lines, List<Outbox.Row> events)
            throws SQLException {
        int next = bind(s, from, b);
        for (BookingTransition line : lines) {
            next = BookingTransitionRepository.bind(s, next, line);
        }
        for (Outbox.Row row : events) {
            next = row.bind(s, next);
        }
        return next;
    }

    private static boolean inserted(PreparedStatement s) throws SQLException {
        try (ResultSet inserted = s.getResultSet()) {
            inserted.next();
            return inserted.getInt(1) == 1;
        }
    }

    /**
     * The insert statements by shape (number of audit lines and of events), built once: the driver's statement cache
     * looks statements up by their SQL, and a string built anew for every request would be hashed anew every time.
     */
    private static final ConcurrentHashMap<Integer, String> STATEMENTS = new ConcurrentHashMap<>();

    /**
     * {@code with b as (insert booking ... returning id), t as (insert lines ... from b), o as (insert events ... from b)
     * select count(*) from b}: lines and events exist only if {@code b} returned the booking; foreign keys are checked
     * at the end of the statement, when the booking exists. The committing variant passes the count through
     * {@code booking_require_inserted}, which raises BK003 if it is zero.
     */
    private static String statement(int lines, int events, boolean committing) {
        return "with b as (" + INSERT + " returning id),\n"
                + "t as (insert into " + BookingTransitionRepository.TABLE_COLUMNS + " select c1, c2, c3, c4, c5, c6, c7 from ("
                + ordered(lines, BookingTransitionRepository.VALUES, 7) + ") x order by ord),\n"
                + "o as (insert into " + Outbox.Row.TABLE_COLUMNS + " select c1, c2, c3, c4, c5 from ("
                + ordered(events, Outbox.Row.VALUES, 5) + ") x order by ord)\n"
                + (committing ? "select booking_require_inserted(count(*), ?, tstzrange(cast(? as timestamptz), cast(? as timestamptz))) from b"
                        : "select count(*) from b");
    }

    /** {@code select 1 as ord, <values> from b union all select 2, ...}, its columns named c1 to cN. */
    private static String ordered(int rows, String values, int columns) {
        String[] parts = values.split(", (?=cast)");
        if (parts.length != columns) {
            throw new IllegalStateException("Expected " + columns + " values in " + values);
        }
        StringBuilder named = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            named.append(i == 0 ? "" : ", ").append(parts[i]).append(" as c").append(i + 1);
        }
        StringBuilder sql = new StringBuilder();
        for (int r = 1; r <= rows; r++) {
            sql.append(r == 1 ? "" : " union all ").append("select ").append(r).append(" as ord, ").append(named).append(" from b");
        }
        return sql.toString();
    }

    private static int bind(PreparedStatement s, int from, Booking b) throws SQLException {
        s.setObject(from, b.id);
        s.setObject(from + 1, b.offerId);
        s.setObject(from + 2, b.seriesId, Types.OTHER);
        s.setString(from + 3, b.offerKind.name());
        s.setString(from + 4, b.offerTitle);
        s.setString(from + 5, b.offerUnit.name());
        s.setString(from + 6, b.category);
        s.setString(from + 7, b.sector.name());
        s.setObject(from + 8, b.regionId);
        s.setObject(from + 9, b.providerMemberId);
        s.setObject(from + 10, b.consumerMemberId);
        s.setObject(from + 11, Instants.utc(b.startAt));
        s.setObject(from + 12, Instants.utc(b.endAt));
        s.setInt(from + 13, b.bufferMinutes);
        s.setString(from + 14, b.status.name());
        s.setString(from + 15, b.settlementMode.name());
        s.setString(from + 16, b.site);
        s.setBigDecimal(from + 17, b.scopeQuantity);
        s.setString(from + 18, b.scopeUnit == null ? null : b.scopeUnit.name());
        s.setString(from + 19, b.note);
        s.setString(from + 20, b.requestedBy);
        s.setObject(from + 21, Instants.utc(b.createdAt));
        s.setObject(from + 22, Instants.utc(b.createdAt));
        return from + 23;
    }

    private static final String INSERT = """
            insert into booking (id, offer_id, series_id, offer_kind, offer_title, offer_unit, category, sector,
                region_id, provider_member_id, consumer_member_id, start_at, end_at, buffer_minutes, status,
                settlement_mode, site, scope_quantity, scope_unit, note, requested_by, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing""";

    /** The active bookings of an offer whose occupied period (buffer included) overlaps {@code [from, to)}. */
    @SuppressWarnings("unchecked")
    public List<Booking> activeOverlapping(UUID offerId, Instant from, Instant to) {
        return getEntityManager().createNativeQuery("""
                select * from booking where offer_id = ?1 and status in ('REQUESTED', 'CONFIRMED', 'IN_USE')
                   and occupied && tstzrange(?2, ?3) order by start_at
                """, Booking.class)
                .setParameter(1, offerId)
                .setParameter(2, Instants.utc(from))
                .setParameter(3, Instants.utc(to))
                .getResultList();
    }

    /** Loads a booking and locks it against concurrent transitions. */
    public Optional<Booking> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * A member's bookings: as requester ({@code consumer}), as provider, or both; optionally by status and by
     * overlap with a period.
     */
    public PanacheQuery<Booking> ofMember(UUID memberId, String role, BookingStatus status, Instant from, Instant to) {
        StringBuilder q = new StringBuilder(switch (role) {
            case "requester" -> "consumerMemberId = :member";
            case "provider" -> "providerMemberId = :member";
            default -> "(consumerMemberId = :member or providerMemberId = :member)";
        });
        Parameters p = Parameters.with("member", memberId);
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        if (from != null) {
            q.append(" and endAt > :from");
            p.and("from", from);
        }
        if (to != null) {
            q.append(" and startAt < :to");
            p.and("to", to);
        }
        return find(q.append(" order by startAt, id").toString(), p);
    }
}
