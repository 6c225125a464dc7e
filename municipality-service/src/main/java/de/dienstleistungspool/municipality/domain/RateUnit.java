package de.dienstleistungspool.municipality.domain;

/** The unit a rate (Verrechnungssatz) is charged per. */
public enum RateUnit {
    HOUR,
    DAY,
    METRE
}
