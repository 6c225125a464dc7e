package de.dienstleistungspool.booking.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
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

/**
 * Stores bookings; the insert leaves the no-overlap decision to the database's exclusion constraint.
 */
@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<Booking, UUID> {

    @Inject
    TransactionalJdbc jdbc;

    /**
     * Inserts the booking unless an active booking of the same offer overlaps it (buffer included), and with it its
     * first audit lines and outbox rows, all in one round trip: the statements run in order, and the lines and rows
     * are written only if the booking was. A concurrent insert of an overlapping booking makes this wait until that
     * one commits or rolls back. The insert trigger refuses inactive offers and blackouts with SQLSTATE BK001/BK002.
     *
     * @return {@code true} if inserted, {@code false} (nothing written) if the exclusion constraint found an overlap
     */
    public boolean insertIfFree(Booking b, List<BookingTransition> lines, List<Outbox.Row> events) {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 0; i < lines.size(); i++) {
            sql.append(";\n").append(BookingTransitionRepository.INSERT).append(IF_INSERTED);
        }
        for (int i = 0; i < events.size(); i++) {
            sql.append(";\n").append(Outbox.Row.INSERT).append(IF_INSERTED);
        }
        return jdbc.run(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                int next = bind(s, b);
                for (BookingTransition line : lines) {
                    next = BookingTransitionRepository.bind(s, next, line);
                    s.setObject(next++, b.id);
                }
                for (Outbox.Row row : events) {
                    next = row.bind(s, next);
                    s.setObject(next++, b.id);
                }
                s.execute(); // one round trip; the first result is the booking insert's row count
                return s.getUpdateCount() == 1;
            }
        });
    }

    /** Appended to the trail's statements: write only if the booking's insert did. */
    private static final String IF_INSERTED = " where exists (select 1 from booking where id = cast(? as uuid))";

    private static int bind(PreparedStatement s, Booking b) throws SQLException {
        s.setObject(1, b.id);
        s.setObject(2, b.offerId);
        s.setObject(3, b.seriesId, Types.OTHER);
        s.setString(4, b.offerKind.name());
        s.setString(5, b.offerTitle);
        s.setString(6, b.offerUnit.name());
        s.setString(7, b.category);
        s.setString(8, b.sector.name());
        s.setObject(9, b.regionId);
        s.setObject(10, b.providerMemberId);
        s.setObject(11, b.consumerMemberId);
        s.setObject(12, Instants.utc(b.startAt));
        s.setObject(13, Instants.utc(b.endAt));
        s.setInt(14, b.bufferMinutes);
        s.setString(15, b.status.name());
        s.setString(16, b.settlementMode.name());
        s.setString(17, b.site);
        s.setBigDecimal(18, b.scopeQuantity);
        s.setString(19, b.scopeUnit == null ? null : b.scopeUnit.name());
        s.setString(20, b.note);
        s.setString(21, b.requestedBy);
        s.setObject(22, Instants.utc(b.createdAt));
        s.setObject(23, Instants.utc(b.createdAt));
        return 24;
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
