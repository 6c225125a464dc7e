package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** How a region settles a year's non-monetary balances: the tolerance and what happens to the rest. */
@Entity
@IdClass(SettlementTerms.Key.class)
public class SettlementTerms {

    @Id
    public UUID regionId;

    @Id
    public int year;

    public BigDecimal toleranceHours;

    @Enumerated(EnumType.STRING)
    public Remainder remainder;

    /** Composite key (region, year). */
    public record Key(UUID regionId, int year) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
