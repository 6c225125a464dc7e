package de.dienstleistungspool.pool.domain;

/** Lifecycle of an offer: bookable, paused by its owner, or retired for good. */
public enum OfferStatus {
    ACTIVE, PAUSED, RETIRED
}
