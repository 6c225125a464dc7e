package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's signed-in session: the hash of its current refresh token (and of the one it replaced), when it ends
 * if unused (idle) and at the latest, and whether it was ended.
 */
@Entity
@Table(name = "user_session")
public class UserSession {

    @Id
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "refresh_hash")
    public String refreshHash;

    @Column(name = "previous_refresh_hash")
    public String previousRefreshHash;

    @Column(name = "rotated_at")
    public Instant rotatedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "idle_expires_at")
    public Instant idleExpiresAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Usable: not ended, and neither the idle timeout nor the absolute lifetime has passed. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(idleExpiresAt) && now.isBefore(expiresAt);
    }
}
