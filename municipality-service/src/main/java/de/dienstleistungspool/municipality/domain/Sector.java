package de.dienstleistungspool.municipality.domain;

/** The two separately financed branches a member may operate; balances of different sectors never offset. */
public enum Sector {
    WATER_SUPPLY,
    WASTEWATER
}
