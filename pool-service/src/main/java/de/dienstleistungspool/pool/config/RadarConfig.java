package de.dienstleistungspool.pool.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** How long the shortage radar keeps its raw records and when it tells the coordinator that demand exceeds capacity. */
@ConfigMapping(prefix = "pool.radar")
public interface RadarConfig {

    /** Months of raw records kept, counted back from the current month; older months are deleted daily. */
    @WithDefault("36")
    int retentionMonths();

    /** Unmet needs (searches without hit, refusals, waiting-list entries) from which a month counts as short. */
    @WithDefault("3")
    int shortMonthNeeds();

    /** Consecutive short months of one category and sector from which the report gives a hint. */
    @WithDefault("2")
    int hintMonths();

    /** Utilisation from which the existing offers count as full: the hint then suggests more capacity. */
    @WithDefault("0.75")
    BigDecimal fullUtilisation();
}
