package de.dienstleistungspool.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Reads and writes {@link Notification} rows, and leases pending e-mails to the dispatcher.
 */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** A pending e-mail leased for sending, with the number of this try and the trace it continues. */
    public record LeasedMail(UUID id, List<String> recipients, String subject, String body, int attempt,
                             String traceparent) {
    }

    /**
     * Leases up to {@code limit} due e-mails for {@code leaseSeconds} ({@code FOR UPDATE SKIP LOCKED}, so instances
     * never take the same one) and counts the try.
     */
    @SuppressWarnings("unchecked")
    public List<LeasedMail> leaseDue(double leaseSeconds, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "update notification set next_try_at = now() + make_interval(secs => ?1), attempts = attempts + 1 "
                                + "where id in (select id from notification where status = 'PENDING' and next_try_at <= now() "
                                + "  order by next_try_at limit ?2 for update skip locked) "
                                + "returning id, array_to_string(recipients, ','), subject, body, attempts, traceparent")
                .setParameter(1, leaseSeconds)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> new LeasedMail((UUID) r[0], Arrays.asList(((String) r[1]).split(",")), (String) r[2],
                (String) r[3], ((Number) r[4]).intValue(), (String) r[5])).toList();
    }

    /**
     * Records that try {@code attempt} was sent. Only the holder of that try's lease records: if the lease ran out and
     * another instance claimed the e-mail again ({@code attempts} moved on), that claim decides.
     */
    public void markSent(UUID id, int attempt) {
        getEntityManager().createNativeQuery("update notification set status = 'SENT', sent_at = now(), error = null "
                        + "where id = ?1 and attempts = ?2 and status = 'PENDING'")
                .setParameter(1, id).setParameter(2, attempt).executeUpdate();
    }

    /** Records a failed try {@code attempt} (its lease holder only): PENDING again after {@code retrySeconds}, or FAILED for good. */
    public void markFailed(UUID id, int attempt, boolean giveUp, String error, double retrySeconds) {
        getEntityManager().createNativeQuery(
                        "update notification set status = ?1, error = ?2, next_try_at = now() + make_interval(secs => ?3) "
                                + "where id = ?4 and attempts = ?5 and status = 'PENDING'")
                .setParameter(1, giveUp ? "FAILED" : "PENDING")
                .setParameter(2, error.substring(0, Math.min(error.length(), 500)))
                .setParameter(3, retrySeconds)
                .setParameter(4, id)
                .setParameter(5, attempt)
                .executeUpdate();
    }
}
