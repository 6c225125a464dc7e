package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A county (Landkreis) whose members form one pool under one coordinator. */
@Entity
public class Region {

    @Id
    public UUID id;

    public String name;

    public String coordinatorName;

    public String coordinatorEmail;

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    public RegionStatus status;

    public Instant deactivatedAt;

    @Version
    public long version;

    public boolean isActive() {
        return status == RegionStatus.ACTIVE;
    }
}
