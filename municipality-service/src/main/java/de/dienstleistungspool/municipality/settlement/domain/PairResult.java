package de.dienstleistungspool.municipality.settlement.domain;

import java.math.BigDecimal;

/**
 * What the close does with one pair's balance: settled already, forgiven or carried over within the tolerance,
 * or paid; {@code payable} is what B pays A (negative: A pays B).
 */
public record PairResult(PairBalance balance, Treatment treatment, BigDecimal payable) {

    /** The fate of a pair's time-based balance. */
    public enum Treatment {
        /** Nothing to settle: both directions cancel out exactly. */
        BALANCED,
        /** Within the tolerance and the region's terms forgive the remainder. */
        FORGIVEN,
        /** Within the tolerance and carried into the next year as an opening entry. */
        CARRIED_OVER,
        /** Beyond the tolerance (or metre-based): valued at the year's rate and paid. */
        PAID
    }
}
