package de.dienstleistungspool.pool.service;

import de.dienstleistungspool.pool.config.RadarConfig;
import de.dienstleistungspool.pool.domain.UnmetDemandRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.logging.Logger;

/**
 * Keeps the shortage radar's raw records only as long as the reports need them: once a day it deletes the months that
 * lie more than {@code pool.radar.retention-months} (36) before the current one (Europe/Berlin).
 */
@ApplicationScoped
public class ShortageRadarRetention {

    private static final Logger LOG = Logger.getLogger(ShortageRadarRetention.class);

    @Inject
    UnmetDemandRepository demand;

    @Inject
    RadarConfig config;

    @Scheduled(every = "${pool.radar.purge-every:24h}", delayed = "10m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try {
            long deleted = deleteExpired(LocalDate.now(ZoneId.of("Europe/Berlin")));
            if (deleted > 0) {
                LOG.infof("Deleted %d shortage-radar records older than %d months", deleted, config.retentionMonths());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not delete expired shortage-radar records, next try tomorrow: %s", e.getMessage());
        }
    }

    /** Deletes the records of months before the kept ones, counted back from {@code today}'s month; returns how many. */
    @Transactional
    public long deleteExpired(LocalDate today) {
        return demand.deleteBefore(today.withDayOfMonth(1).minusMonths(config.retentionMonths()));
    }
}
