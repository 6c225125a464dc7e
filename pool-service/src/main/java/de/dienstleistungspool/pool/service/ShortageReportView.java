package de.dienstleistungspool.pool.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The shortage radar of one region and year: unmet demand per category, sector and month beside utilisation. */
public record ShortageReportView(UUID regionId, int year, List<Row> rows, List<Hint> hints) {

    /**
     * One category and sector in one month.
     *
     * @param sector             {@code WATER_SUPPLY}, {@code WASTEWATER}, or null for searches that named no sector
     * @param month              {@code 2026-03}
     * @param searchesWithoutHit searches for the category whose period starts in the month and that found nothing free
     * @param refusals           booking requests refused for lack of capacity (taken, person booked, blackout)
     * @param waitlistEntries    places taken on a waiting list for a period starting in the month
     * @param unmetDemand        the three together
     * @param members            how many members these needs came from
     * @param meanDistanceKm     mean distance to the capacity asked for (null if none known)
     * @param utilisation        booked / bookable hours of the region's offers of the category and sector in the
     *                           month, 4 decimals; null if none was bookable
     */
    public record Row(String category, String categoryName, String sector, String month, long searchesWithoutHit,
                      long refusals, long waitlistEntries, long unmetDemand, long members, BigDecimal meanDistanceKm,
                      BigDecimal bookableHours, BigDecimal bookedHours, BigDecimal utilisation) {
    }

    /**
     * Consecutive months in which demand for a category and sector went unmet, with a plain German sentence for the
     * coordinator.
     *
     * @param utilisation of the months together; null if nothing of the kind was bookable in the pool
     */
    public record Hint(String category, String sector, String fromMonth, String toMonth, long searchesWithoutHit,
                       long refusals, long waitlistEntries, BigDecimal utilisation, String text) {
    }
}
