package de.dienstleistungspool.municipality.settlement.domain;

/**
 * Whether a booking is paid at the rate (monetary) or set against mutual help at year end (non-monetary).
 */
public enum SettlementMode {
    MONETARY, NON_MONETARY
}
