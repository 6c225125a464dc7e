package de.dienstleistungspool.pool.domain;

/** The unit in which an offer is settled. */
public enum Unit {
    HOUR, DAY, METRE
}
