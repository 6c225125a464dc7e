package de.dienstleistungspool.municipality.domain;

/** Whether a member takes part in the pool; a member that left keeps its history. */
public enum MemberStatus {
    ACTIVE,
    LEFT
}
