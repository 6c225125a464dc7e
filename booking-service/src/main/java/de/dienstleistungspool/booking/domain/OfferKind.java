package de.dienstleistungspool.booking.domain;

/**
 * The three kinds of offer in the pool: a machine, a person on standby, or a job done at the requester's site.
 */
public enum OfferKind {
    EQUIPMENT, STAFF_STANDBY, SERVICE
}
