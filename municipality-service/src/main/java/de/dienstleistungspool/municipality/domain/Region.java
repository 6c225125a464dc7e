package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A county (Landkreis) whose members form one pool under one coordinator. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    public UUID id;

    public String name;

    @Column(name = "coordinator_name")
    public String coordinatorName;

    @Column(name = "coordinator_email")
    public String coordinatorEmail;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
