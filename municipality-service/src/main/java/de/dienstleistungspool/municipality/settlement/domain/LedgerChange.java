package de.dienstleistungspool.municipality.settlement.domain;

import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the ledger change feed: a line created, reversed or valued, at its place in the feed's order (the writing
 * transaction's id, then the position within it).
 */
public record LedgerChange(BigInteger txid, long position, Kind kind, UUID lineId, Instant changedAt) {

    /** What happened to the line. */
    public enum Kind {
        ENTRY_CREATED, ENTRY_REVERSED, ENTRY_VALUED
    }

    /** The cursor that names this change: {@code <txid>-<position>}. */
    public String cursor() {
        return txid + "-" + position;
    }
}
