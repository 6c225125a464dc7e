package de.dienstleistungspool.booking.domain;

/**
 * The unit in which an offer's use is measured and settled.
 */
public enum QuantityUnit {
    HOUR, DAY, METRE
}
