package de.dienstleistungspool.municipality.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's signed-in session: the hash of its current refresh token (and of the one it replaced), when it ends
 * if unused (idle) and at the latest, and whether it was ended.
 */
@Entity
public class UserSession {

    @Id
    public UUID id;

    public UUID userId;

    public String refreshHash;

    public String previousRefreshHash;

    public Instant rotatedAt;

    public Instant createdAt;

    public Instant lastUsedAt;

    public Instant idleExpiresAt;

    public Instant expiresAt;

    public Instant revokedAt;

    /** Usable: not ended, and neither the idle timeout nor the absolute lifetime has passed. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(idleExpiresAt) && now.isBefore(expiresAt);
    }
}
