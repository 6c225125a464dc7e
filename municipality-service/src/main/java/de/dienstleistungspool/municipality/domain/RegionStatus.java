package de.dienstleistungspool.municipality.domain;

/** Whether a region takes part: a deactivated region admits no members and takes no new bookings. */
public enum RegionStatus {
    ACTIVE,
    DEACTIVATED
}
