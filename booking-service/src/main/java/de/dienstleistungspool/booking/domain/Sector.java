package de.dienstleistungspool.booking.domain;

/**
 * The two separately financed sectors; every booking belongs to exactly one.
 */
public enum Sector {
    WATER_SUPPLY, WASTEWATER
}
