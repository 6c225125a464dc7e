package de.dienstleistungspool.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** The hashed secret that authorises a member's calendar feed URLs; rotating it invalidates old subscriptions. */
@Entity
public class CalendarSecret {

    @Id
    public UUID memberId;

    @Column(nullable = false)
    public String tokenHash;

    @Column(nullable = false)
    public Instant rotatedAt;
}
