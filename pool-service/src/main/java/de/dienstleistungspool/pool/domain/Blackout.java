package de.dienstleistungspool.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A period in which the owner withdraws an offer (maintenance, repair, holidays). */
@Entity
@Table(name = "blackout")
public class Blackout {

    @Id
    public UUID id;

    @Column(name = "offer_id", nullable = false)
    public UUID offerId;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    public String reason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
