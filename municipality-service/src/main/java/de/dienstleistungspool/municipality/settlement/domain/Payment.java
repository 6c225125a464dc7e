package de.dienstleistungspool.municipality.settlement.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A payment the close computes: between two members (bilateral), or between a member and the pool (multilateral,
 * where a null payer or payee stands for the pool).
 */
public record Payment(UUID id, Sector sector, Netting netting, UUID payerId, UUID payeeId, BigDecimal amount) {

    /** How balances are turned into payments. */
    public enum Netting {
        /** Each pair settles its own balance. */
        BILATERAL,
        /** Each member makes one payment to or receives one from the pool per sector; cycles cancel. */
        MULTILATERAL
    }
}
