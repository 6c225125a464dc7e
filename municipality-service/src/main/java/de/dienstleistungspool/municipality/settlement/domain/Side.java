package de.dienstleistungspool.municipality.settlement.domain;

/**
 * The side of a double-entry line: the provider is credited, the consumer debited.
 */
public enum Side {
    CREDIT, DEBIT
}
