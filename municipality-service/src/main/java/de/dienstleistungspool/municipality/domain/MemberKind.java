package de.dienstleistungspool.municipality.domain;

/** What sort of body a member is: a town or municipality, or one of the utility bodies that run water or wastewater. */
public enum MemberKind {
    MUNICIPALITY,
    ZWECKVERBAND,
    STADTWERKE,
    EIGENBETRIEB
}
