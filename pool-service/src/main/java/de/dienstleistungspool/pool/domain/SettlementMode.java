package de.dienstleistungspool.pool.domain;

/** How a booking of an offer may be settled: in money at the region's rate, or by mutual substitution. */
public enum SettlementMode {
    MONETARY, NON_MONETARY
}
