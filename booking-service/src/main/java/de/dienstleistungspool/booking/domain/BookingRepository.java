package de.dienstleistungspool.booking.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import de.dienstleistungspool.platform.jdbc.TransactionalJdbc;
import de.dienstleistungspool.platform.outbox.Outbox;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
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
     * first audit lines and outbox rows, all in one round trip (with any statement the transaction deferred, e.g. the
     * stored Idempotency-Key response): the statements run in order, and the lines and rows
     * are written only if the booking was. A concurrent insert of an overlapping booking makes this wait until that
     * one commits or rolls back. The insert trigger refuses inactive offers and blackouts with SQLSTATE BK001/BK002.
     *
     * @return {@code true} if inserted, {@code false} (nothing written) if the exclusion constraint found an overlap
     */
    public boolean insertIfFree(Booking b, List<BookingTransition> lines, List<Outbox.Row> events) {
        String sql = SCRIPTS.computeIfAbsent(lines.size() * 16 + events.size(), shape -> script(lines.size(), events.size()));
        return jdbc.run(sql, (s, from) -> {
            int next = bind(s, from, b);
            for (BookingTransition line : lines) {
                next = BookingTransitionRepository.bind(s, next, line);
                s.setObject(next++, b.id);
            }
            for (Outbox.Row row : events) {
                next = row.bind(s, next);
                s.setObject(next++, b.id);
            }
            return next;
        }, s -> s.getUpdateCount() == 1); // the first result of this SQL is the booking insert's row count
    }

    /**
     * The insert scripts by shape (number of audit lines and of events), built once: the driver's statement cache looks
     * statements up by their SQL, and a string built anew for every request would be hashed anew every time.
     */
    private static final ConcurrentHashMap<Integer, String> SCRIPTS = new ConcurrentHashMap<>();

    private static String script(int lines, int events) {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 0; i < lines; i++) {
            sql.append(";\n").append(BookingTransitionRepository.INSERT).append(IF_INSERTED);
        }
        for (int i = 0; i < events; i++) {
            sql.append(";\n").append(Outbox.Row.INSERT).append(IF_INSERTED);
        }
        return sql.toString();
    }

    /** Appended to the trail's statements: write only if the booking's insert did. */
    private static final String IF_INSERTED = " where exists (select 1 from booking where id = cast(? as uuid))";

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
