package de.dienstleistungspool.municipality.domain;

/** What happens at year end to a non-monetary balance within the tolerance: carried over, or paid anyway. */
public enum Remainder {
    CARRY_OVER,
    PAY
}
