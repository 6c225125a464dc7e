package de.dienstleistungspool.municipality.settlement.domain;

/**
 * Why a ledger entry exists: a completed booking, the reversal of an earlier entry, or a balance carried over.
 */
public enum EntryKind {
    USAGE, REVERSAL, CARRY_OVER
}
