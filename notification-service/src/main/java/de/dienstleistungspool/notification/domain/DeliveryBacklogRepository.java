package de.dienstleistungspool.notification.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Counts what waits to go out, for the delivery gauges: e-mails and webhook deliveries that failed at least once and
 * wait for their next try, and the age of the oldest of each that has not gone out yet. One statement over the two
 * partial indexes of pending rows.
 */
@ApplicationScoped
public class DeliveryBacklogRepository {

    /** The backlog at one moment; ages in seconds, 0 when nothing is pending. */
    public record Backlog(long mailsRetrying, double oldestMailSeconds, long webhooksRetrying, double oldestWebhookSeconds) {
    }

    private static final String BACKLOG = """
            select (select count(*) from notification where status = 'PENDING' and error is not null),
                   (select coalesce(extract(epoch from now() - min(created_at)), 0) from notification
                     where status = 'PENDING'),
                   (select count(*) from webhook_delivery where status = 'PENDING' and attempt_count > 0),
                   (select coalesce(extract(epoch from now() - min(created_at)), 0) from webhook_delivery
                     where status = 'PENDING')
            """;

    @Inject
    EntityManager em;

    public Backlog now() {
        Object[] row = (Object[]) em.createNativeQuery(BACKLOG).getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).doubleValue());
    }
}
