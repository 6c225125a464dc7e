package de.dienstleistungspool.pool.messaging;

import de.dienstleistungspool.pool.domain.BusyPeriodRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the busy-period projection trails the booking service, as Micrometer gauges:
 * {@code pool.projection.lag.seconds} (now minus occurredAt of the last applied booking event, which grows while
 * no bookings happen) and {@code pool.projection.delay.seconds} (how long the last applied event took from
 * occurring to being applied). Kafka's own consumer lag (records) is exposed by the Kafka client metrics.
 */
@ApplicationScoped
public class ProjectionLag {

    private final AtomicReference<Instant> lastOccurredAt = new AtomicReference<>();
    private final AtomicReference<Duration> lastDelay = new AtomicReference<>(Duration.ZERO);

    @Inject
    MeterRegistry registry;

    @Inject
    BusyPeriodRepository busy;

    void start(@Observes StartupEvent ignored) {
        lastOccurredAt.set(QuarkusTransaction.requiringNew().call(busy::latestOccurredAt));
        Gauge.builder("pool.projection.lag.seconds", this, ProjectionLag::lagSeconds)
                .description("Now minus occurredAt of the last booking event applied to the availability projection")
                .tag("projection", "booking-events").register(registry);
        Gauge.builder("pool.projection.delay.seconds", this, p -> p.lastDelay.get().toMillis() / 1000.0)
                .description("Time from a booking event occurring to its being applied, for the last applied event")
                .tag("projection", "booking-events").register(registry);
    }

    /** Records that an event which occurred at the given instant was just applied. */
    public void applied(Instant occurredAt) {
        lastOccurredAt.accumulateAndGet(occurredAt, (a, b) -> a == null || b.isAfter(a) ? b : a);
        lastDelay.set(Duration.between(occurredAt, Instant.now()));
    }

    double lagSeconds() {
        Instant last = lastOccurredAt.get();
        return last == null ? 0.0 : Math.max(0, Duration.between(last, Instant.now()).toMillis() / 1000.0);
    }
}
