package de.dienstleistungspool.pool.domain;

/** The three kinds of offer in the pool. */
public enum OfferKind {
    EQUIPMENT, STAFF_STANDBY, SERVICE
}
