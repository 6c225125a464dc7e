package de.dienstleistungspool.municipality.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Loads sessions for a refresh (row locked, so concurrent refreshes of one session take turns) and prunes old ones. */
@ApplicationScoped
public class UserSessionRepository implements PanacheRepositoryBase<UserSession, UUID> {

    public Optional<UserSession> lockedById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Deletes a person's sessions that ended before {@code before}; they can never be used again. */
    public long deleteEndedBefore(UUID userId, Instant before) {
        return delete("userId = ?1 and (expiresAt < ?2 or idleExpiresAt < ?2 or revokedAt < ?2)", userId, before);
    }
}
