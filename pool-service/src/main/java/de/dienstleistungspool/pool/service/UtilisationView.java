package de.dienstleistungspool.pool.service;

import java.math.BigDecimal;
import java.util.List;

/** Booked versus bookable hours (Auslastung) of the region's offers, grouped and per month or year. */
public record UtilisationView(int year, String groupBy, String granularity, List<Row> rows) {

    /**
     * One group in one period.
     *
     * @param key         offer id, category or member id
     * @param period      {@code 2026-07} or {@code 2026}
     * @param utilisation booked / bookable, 4 decimals; null when nothing was bookable
     * @param withdrawals bookings the owner withdrew (breakdown, illness, blackout): the provider's reliability
     */
    public record Row(String key, String label, String period, BigDecimal bookableHours, BigDecimal bookedHours,
                      BigDecimal utilisation, long withdrawals) {
    }
}
