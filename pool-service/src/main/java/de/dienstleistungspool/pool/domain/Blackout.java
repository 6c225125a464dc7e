package de.dienstleistungspool.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A period in which the owner withdraws an offer (maintenance, repair, holidays). */
@Entity
public class Blackout {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID offerId;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    public String reason;

    public String createdBy;

    public Instant createdAt;
}
