package de.dienstleistungspool.booking.service;

import de.dienstleistungspool.booking.config.BookingConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Deletes Idempotency-Keys older than {@code booking.idempotency-retention} every hour, so the table does not grow
 * forever; a retry after that period runs as a new request.
 */
@ApplicationScoped
public class IdempotencyKeyExpiry {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyExpiry.class);
    private static final int CHUNK = 5_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BookingConfig config;

    @Scheduled(every = "${booking.idempotency-purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        try {
            long deleted = deleteOlderThan(Instant.now().minus(config.idempotencyRetention()));
            if (deleted > 0) {
                LOG.infof("Deleted %d Idempotency-Keys older than %s", deleted, config.idempotencyRetention());
            }
        } catch (SQLException e) {
            LOG.warnf("Could not delete expired Idempotency-Keys, next try in an hour: %s", e.getMessage());
        }
    }

    /** Deletes the keys created before {@code cutoff}, in chunks of 5,000 (each its own short transaction). */
    public long deleteOlderThan(Instant cutoff) throws SQLException {
        long total = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "delete from idempotent_request where ctid = any(array(select ctid from idempotent_request "
                        + "where created_at < ? limit " + CHUNK + "))")) {
            c.setAutoCommit(true);
            s.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            for (int n = s.executeUpdate(); ; n = s.executeUpdate()) {
                total += n;
                if (n < CHUNK) {
                    return total;
                }
            }
        }
    }
}
