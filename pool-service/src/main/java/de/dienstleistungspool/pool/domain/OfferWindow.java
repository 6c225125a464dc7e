package de.dienstleistungspool.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A window in which a staff-standby offer can be booked, e.g. a weekend of on-call duty. */
@Entity
public class OfferWindow {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID offerId;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;
}
