package de.dienstleistungspool.pool.domain;

/** Water supply and wastewater, kept apart in every offer and booking. */
public enum Sector {
    WATER_SUPPLY, WASTEWATER
}
