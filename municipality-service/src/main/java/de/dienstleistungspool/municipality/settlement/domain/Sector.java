package de.dienstleistungspool.municipality.settlement.domain;

/**
 * The fee budget an entry belongs to; water supply and wastewater never offset each other.
 */
public enum Sector {
    WATER_SUPPLY, WASTEWATER;

    /** German name as used on statements. */
    public String german() {
        return this == WATER_SUPPLY ? "Wasserversorgung" : "Abwasserbeseitigung";
    }
}
