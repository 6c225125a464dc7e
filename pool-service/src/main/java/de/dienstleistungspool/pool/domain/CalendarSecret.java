package de.dienstleistungspool.pool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The hashed secret that authorises a member's calendar feed URLs; rotating it invalidates old subscriptions. */
@Entity
@Table(name = "calendar_secret")
public class CalendarSecret {

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "rotated_at", nullable = false)
    public Instant rotatedAt;
}
