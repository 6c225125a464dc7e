package de.dienstleistungspool.platform.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tags every metric of a service with {@code service=<quarkus.application.name>}, so the dashboards and alert rules of
 * {@code deploy/monitoring} tell the services apart whatever labels the county's Prometheus adds when it scrapes.
 */
@Singleton
public class ServiceMetricsTag {

    @Produces
    @Singleton
    MeterFilter serviceTag(@ConfigProperty(name = "quarkus.application.name") String service) {
        return MeterFilter.commonTags(java.util.List.of(io.micrometer.core.instrument.Tag.of("service", service)));
    }
}
