package de.dienstleistungspool.booking.domain;

import de.dienstleistungspool.platform.outbox.Outbox;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores bookings; the insert leaves the no-overlap decision to the database's exclusion constraint.
 */
@Singleton
public class BookingRepository implements PanacheRepositoryBase<Booking, UUID> {

    /**
     * Inserts the booking unless an active booking of the same offer overlaps it (buffer included), and with it its
     * first audit lines and outbox rows, in one statement: the lines and rows are written in the given order, and only
     * if the booking was. A concurrent insert of an overlapping booking makes this wait until that one commits or rolls
     * back. The insert trigger refuses inactive offers and blackouts with SQLSTATE BK001/BK002.
     *
     * @return {@code true} if inserted, {@code false} (nothing written) if the exclusion constraint found an overlap
     */
    public boolean insertIfFree(Booking b, List<BookingTransition> lines, List<Outbox.Row> events) {
        if (lines.isEmpty() || events.isEmpty()) {
            throw new IllegalArgumentException("A new booking has at least one audit line and one event");
        }
        Number inserted = (Number) getEntityManager().createNativeQuery(INSERT_WITH_TRAIL)
                .setParameter(1, b.id)
                .setParameter(2, b.offerId)
                .setParameter(3, b.seriesId == null ? null : b.seriesId.toString())
                .setParameter(4, b.offerKind.name())
                .setParameter(5, b.offerTitle)
                .setParameter(6, b.offerUnit.name())
                .setParameter(7, b.category)
                .setParameter(8, b.sector.name())
                .setParameter(9, b.regionId)
                .setParameter(10, b.providerMemberId)
                .setParameter(11, b.consumerMemberId)
                .setParameter(12, Instants.utc(b.startAt))
                .setParameter(13, Instants.utc(b.endAt))
                .setParameter(14, b.bufferMinutes)
                .setParameter(15, b.status.name())
                .setParameter(16, b.settlementMode.name())
                .setParameter(17, b.site)
                .setParameter(18, b.scopeQuantity == null ? null : b.scopeQuantity.toPlainString())
                .setParameter(19, b.scopeUnit == null ? null : b.scopeUnit.name())
                .setParameter(20, b.note)
                .setParameter(21, b.requestedBy)
                .setParameter(22, Instants.utc(b.createdAt))
                .setParameter(23, column(lines, t -> t.fromStatus == null ? null : t.fromStatus.name()))
                .setParameter(24, column(lines, t -> t.toStatus.name()))
                .setParameter(25, column(lines, t -> t.actor))
                .setParameter(26, column(lines, t -> t.actorMemberId == null ? null : t.actorMemberId.toString()))
                .setParameter(27, column(lines, t -> t.reason))
                .setParameter(28, column(lines, t -> t.occurredAt.toString()))
                .setParameter(29, column(events, e -> e.id().toString()))
                .setParameter(30, column(events, Outbox.Row::topic))
                .setParameter(31, column(events, Outbox.Row::key))
                .setParameter(32, column(events, Outbox.Row::eventType))
                .setParameter(33, column(events, Outbox.Row::payload))
                .setParameter(34, column(events, Outbox.Row::traceparent))
                .setParameter(35, b.externalReference)
                .setParameter(36, b.costCentre)
                .getSingleResult();
        return inserted.intValue() == 1;
    }

    private static <T> String[] column(List<T> rows, java.util.function.Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    /**
     * The booking, then its audit lines and outbox rows (given as parallel text arrays, one element per row) only if
     * {@code b} returned the booking; foreign keys are checked at the end of the statement, when the booking exists.
     * {@code on conflict do nothing} instead of a plain insert: two concurrent plain inserts of overlapping periods
     * wait for each other's index entry, which PostgreSQL resolves as a deadlock (the race test showed it).
     */
    private static final String INSERT_WITH_TRAIL = """
            with b as (
                insert into booking (id, offer_id, series_id, offer_kind, offer_title, offer_unit, category, sector,
                    region_id, provider_member_id, consumer_member_id, start_at, end_at, buffer_minutes, status,
                    settlement_mode, site, scope_quantity, scope_unit, note, requested_by, created_at, updated_at,
                    external_reference, cost_centre)
                values (?1, ?2, cast(?3 as uuid), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                    cast(?18 as numeric), ?19, ?20, ?21, ?22, ?22, ?35, ?36)
                on conflict do nothing
                returning id),
            t as (
                insert into booking_transition (booking_id, from_status, to_status, actor, actor_member_id, reason,
                    occurred_at)
                select b.id, l.from_status, l.to_status, l.actor, cast(l.actor_member_id as uuid), l.reason,
                       cast(l.occurred_at as timestamptz)
                  from b, unnest(cast(?23 as text[]), cast(?24 as text[]), cast(?25 as text[]), cast(?26 as text[]),
                                 cast(?27 as text[]), cast(?28 as text[]))
                       with ordinality as l(from_status, to_status, actor, actor_member_id, reason, occurred_at, n)
                 order by l.n),
            o as (
                insert into outbox_event (id, topic, record_key, event_type, payload, traceparent)
                select cast(e.id as uuid), e.topic, e.record_key, e.event_type, cast(e.payload as json), e.traceparent
                  from b, unnest(cast(?29 as text[]), cast(?30 as text[]), cast(?31 as text[]), cast(?32 as text[]),
                                 cast(?33 as text[]), cast(?34 as text[]))
                       with ordinality as e(id, topic, record_key, event_type, payload, traceparent, n)
                 order by e.n)
            select count(*) from b
            """;

    /** The active bookings of an offer whose occupied period (buffer included) overlaps {@code [from, to)}. */
    @SuppressWarnings("unchecked")
    public List<Booking> activeOverlapping(UUID offerId, Instant from, Instant to) {
        return getEntityManager().createNativeQuery("""
                select * from booking where offer_id = ?1 and status in ('HELD', 'REQUESTED', 'CONFIRMED', 'IN_USE')
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

    /**
     * Every booking of a region for the coordinator, by any of status, period, offer, member (either side), category,
     * sector and emergency mark; a null argument does not filter.
     */
    public PanacheQuery<Booking> ofRegion(UUID regionId, BookingStatus status, Instant from, Instant to, UUID offerId,
                                          UUID memberId, String category, Sector sector, Boolean emergency) {
        StringBuilder q = new StringBuilder("regionId = :region");
        Parameters p = Parameters.with("region", regionId);
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
        if (offerId != null) {
            q.append(" and offerId = :offer");
            p.and("offer", offerId);
        }
        if (memberId != null) {
            q.append(" and (consumerMemberId = :member or providerMemberId = :member)");
            p.and("member", memberId);
        }
        if (category != null) {
            q.append(" and category = :category");
            p.and("category", category);
        }
        if (sector != null) {
            q.append(" and sector = :sector");
            p.and("sector", sector);
        }
        if (emergency != null) {
            q.append(" and emergency = :emergency");
            p.and("emergency", emergency);
        }
        return find(q.append(" order by startAt, id").toString(), p);
    }

    /**
     * Stores what a workflow adds to a booking it just inserted (the insert statement writes the plain request's
     * columns): the booking it replaces, the emergency mark, a held slot's expiry.
     */
    public void markWorkflow(Booking b) {
        getEntityManager().createNativeQuery("""
                update booking set replaces_booking_id = cast(?2 as uuid), emergency = ?3,
                       hold_expires_at = cast(?4 as timestamptz)
                 where id = ?1
                """)
                .setParameter(1, b.id)
                .setParameter(2, b.replacesBookingId == null ? null : b.replacesBookingId.toString())
                .setParameter(3, b.emergency)
                .setParameter(4, b.holdExpiresAt == null ? null : b.holdExpiresAt.toString())
                .executeUpdate();
    }

    /** The active bookings of an offer's owner that keep one person busy within {@code [from, to)}. */
    public List<Booking> activeOfPerson(UUID providerMemberId, UUID personId, Instant from, Instant to) {
        return list("providerMemberId = ?1 and personId = ?2 and status in ?3 and startAt < ?5 and endAt > ?4 "
                + "order by startAt", providerMemberId, personId, BookingStatus.ACTIVE, from, to);
    }

    /**
     * The held slots whose hold time has ended, oldest first, locked; rows another instance holds are skipped, so
     * the expiry job can run on every instance at once.
     */
    @SuppressWarnings("unchecked")
    public List<Booking> lockExpiredHolds(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                select * from booking where status = 'HELD' and hold_expires_at <= ?1
                 order by hold_expires_at limit ?2 for update skip locked
                """, Booking.class)
                .setParameter(1, Instants.utc(now))
                .setParameter(2, limit)
                .getResultList();
    }

    /** The active bookings that keep the person the offer provides busy within {@code [from, to)} (any of the owner's offers). */
    @SuppressWarnings("unchecked")
    public List<Booking> activeOfOffersPerson(UUID offerId, Instant from, Instant to) {
        return getEntityManager().createNativeQuery("""
                select b.* from booking b join offer o on o.offer_id = ?1
                 where b.provider_member_id = o.owner_member_id and b.person_id = o.person_id
                   and b.status in ('HELD', 'REQUESTED', 'CONFIRMED', 'IN_USE') and b.occupied && tstzrange(?2, ?3)
                 order by b.start_at
                """, Booking.class)
                .setParameter(1, offerId)
                .setParameter(2, Instants.utc(from))
                .setParameter(3, Instants.utc(to))
                .getResultList();
    }
}
