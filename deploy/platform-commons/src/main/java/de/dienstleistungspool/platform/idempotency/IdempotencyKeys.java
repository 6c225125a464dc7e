package de.dienstleistungspool.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code idempotent_request} table: which member used which Idempotency-Key for which request, and what that
 * request answered. A key is claimed and answered inside the transaction of the change it guards, so both commit
 * together or not at all.
 */
@ApplicationScoped
public class IdempotencyKeys {

    @Inject
    EntityManager em;

    /** What a request under a key answered: its fingerprint, status, JSON body and Location (empty if none). */
    public record Answer(String fingerprint, int status, String body, String location) {
    }

    /**
     * Claims the key for a request. The claim is a row under the primary key (member, key): a concurrent request
     * with the same key waits here until the first one's transaction ends, then gets the first answer (or claims the
     * key itself if the first one rolled back).
     *
     * @return empty if the key is now claimed by this transaction; otherwise the answer of the request that holds it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Answer> claim(UUID member, String key, String fingerprint) {
        int claimed = em.createNativeQuery("insert into idempotent_request (member_id, idempotency_key, fingerprint) "
                        + "values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, member)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select fingerprint, response_status, response_body, location "
                        + "from idempotent_request where member_id = ?1 and idempotency_key = ?2")
                .setParameter(1, member)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) { // expired between the two statements: the caller may retry as a new request
            throw new IllegalStateException("Idempotency-Key " + key + " vanished while it was being read");
        }
        Object[] row = rows.get(0);
        return Optional.of(new Answer((String) row[0], ((Number) row[1]).intValue(), (String) row[2], (String) row[3]));
    }

    /**
     * Stores the answer under a key this transaction claimed. The change's pending entity writes are flushed first,
     * so a constraint they violate fails the request here, where the service's error mapping sees it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(UUID member, String key, int status, String body, String location) {
        em.flush();
        em.createNativeQuery("update idempotent_request set response_status = ?1, response_body = ?2, location = ?3 "
                        + "where member_id = ?4 and idempotency_key = ?5")
                .setParameter(1, status)
                .setParameter(2, body)
                .setParameter(3, location == null ? "" : location)
                .setParameter(4, member)
                .setParameter(5, key)
                .executeUpdate();
    }
}
