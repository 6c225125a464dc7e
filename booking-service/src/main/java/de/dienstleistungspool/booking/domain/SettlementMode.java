package de.dienstleistungspool.booking.domain;

/**
 * How a booking is settled: paid at the region's rate, or set against mutual help at year end.
 */
public enum SettlementMode {
    MONETARY, NON_MONETARY
}
