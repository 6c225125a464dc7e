package de.dienstleistungspool.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes Idempotency-Keys older than {@code platform.idempotency.retention} (default 30 days) every hour, so the
 * table does not grow forever; a retry after that period runs as a new request.
 */
@ApplicationScoped
public class IdempotencyKeyExpiry {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyExpiry.class);
    private static final int CHUNK = 5_000;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "platform.idempotency.retention", defaultValue = "P30D")
    Duration retention;

    @Scheduled(every = "${platform.idempotency.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        try {
            long deleted = deleteOlderThan(Instant.now().minus(retention));
            if (deleted > 0) {
                LOG.infof("Deleted %d Idempotency-Keys older than %s", deleted, retention);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not delete expired Idempotency-Keys, next try in an hour: %s", e.getMessage());
        }
    }

    /** Deletes the keys created before {@code cutoff}, in chunks of 5,000, each in a short transaction of its own. */
    public long deleteOlderThan(Instant cutoff) {
        long total = 0;
        for (int n = CHUNK; n == CHUNK; total += n) {
            n = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("delete from idempotent_request "
                            + "where ctid = any(array(select ctid from idempotent_request where created_at < ?1 limit "
                            + CHUNK + "))")
                    .setParameter(1, cutoff.atOffset(ZoneOffset.UTC))
                    .executeUpdate());
        }
        return total;
    }
}
