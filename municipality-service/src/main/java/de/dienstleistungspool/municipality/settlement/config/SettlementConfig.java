package de.dienstleistungspool.municipality.settlement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Settings of settlement: how long after a year's end late completions may still arrive before it can be closed,
 * and how many hours one day of use counts when a balance is compared with the tolerance in hours.
 */
@ConfigMapping(prefix = "settlement")
public interface SettlementConfig {

    /** Time after 31 December 24:00 (Europe/Berlin) before the year can be closed. */
    @WithDefault("P30D")
    Duration gracePeriod();

    /** Hours that one DAY of use counts for the tolerance. */
    @WithDefault("8")
    BigDecimal hoursPerDay();

    /** VAT percent on water-supply services between members (standard rate: these are services, not water deliveries). */
    @WithDefault("19")
    BigDecimal waterSupplyVatPercent();

    /** Days between an invoice's issue and due date. */
    @WithDefault("30")
    int paymentTermDays();
}
