package de.dienstleistungspool.pool.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Stores the hashed calendar feed secret of each member. */
@ApplicationScoped
public class CalendarSecretRepository implements PanacheRepositoryBase<CalendarSecret, UUID> {

    /** Stores the member's new secret hash, replacing any older one; safe when two rotations race. */
    public void upsert(UUID memberId, String tokenHash) {
        getEntityManager().createNativeQuery("insert into calendar_secret (member_id, token_hash, rotated_at) values (?1, ?2, now()) "
                        + "on conflict (member_id) do update set token_hash = excluded.token_hash, rotated_at = excluded.rotated_at")
                .setParameter(1, memberId).setParameter(2, tokenHash).executeUpdate();
    }

    public boolean matches(UUID memberId, String tokenHash) {
        return count("memberId = ?1 and tokenHash = ?2", memberId, tokenHash) == 1;
    }
}
