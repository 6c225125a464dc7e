package de.dienstleistungspool.booking.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * A county's flushing plan of one year and sector turned into bookings: the series it proposed to the providers and
 * what it could not book; there is at most one per region, year and sector.
 */
@Entity
public class FlushingCampaign {

    @Id
    public UUID id;

    public UUID regionId;

    public int year;

    @Enumerated(EnumType.STRING)
    public Sector sector;

    public String createdBy;

    public Instant createdAt;
}
