package de.dienstleistungspool.booking.domain;

import de.dienstleistungspool.platform.jdbc.TransactionalJdbc;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.UUID;

/**
 * Appends to and reads a booking's audit trail.
 */
@Singleton
public class BookingTransitionRepository implements PanacheRepositoryBase<BookingTransition, Long> {

    /** The insert of one line, as {@code insert ... select} so a caller may append a {@code where} clause. */
    static final String TABLE_COLUMNS = "booking_transition (booking_id, from_status, to_status, actor, actor_member_id, "
            + "reason, occurred_at)";

    /** The seven bound values in {@link #TABLE_COLUMNS} order, as a select list bound by {@link #bind}. */
    static final String VALUES = "cast(? as uuid), cast(? as text), cast(? as text), cast(? as text), cast(? as uuid), "
            + "cast(? as text), cast(? as timestamptz)";

    static final String INSERT = "insert into " + TABLE_COLUMNS + " select " + VALUES;

    @Inject
    TransactionalJdbc jdbc;

    /** Appends one line with a plain JDBC insert. */
    public void append(BookingTransition t) {
        jdbc.run(c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                bind(s, 1, t);
                return s.executeUpdate();
            }
        });
    }

    /** Binds the seven parameters of {@link #VALUES} from position {@code from}; returns the next position. */
    static int bind(PreparedStatement s, int from, BookingTransition t) throws SQLException {
        s.setObject(from, t.bookingId);
        s.setString(from + 1, t.fromStatus == null ? null : t.fromStatus.name());
        s.setString(from + 2, t.toStatus.name());
        s.setString(from + 3, t.actor);
        s.setObject(from + 4, t.actorMemberId, Types.OTHER);
        s.setString(from + 5, t.reason);
        s.setObject(from + 6, Instants.utc(t.occurredAt));
        return from + 7;
    }

    public List<BookingTransition> history(UUID bookingId) {
        return list("bookingId = ?1 order by id", bookingId);
    }
}
