package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
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
}
