package de.dienstleistungspool.pool.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Stores the hashed calendar feed secret of each member. */
@ApplicationScoped
public class CalendarSecretRepository implements PanacheRepositoryBase<CalendarSecret, UUID> {

    public boolean matches(UUID memberId, String tokenHash) {
        return count("memberId = ?1 and tokenHash = ?2", memberId, tokenHash) == 1;
    }
}
