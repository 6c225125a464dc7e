package de.dienstleistungspool.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.dienstleistungspool.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Records who changed what and when in the {@code audit_record} table of the service that owns the object, in the
 * transaction of the change (so a change that fails records nothing), and reads an object's history back.
 */
@ApplicationScoped
public class AuditTrail {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    /** Fields that every change moves (optimistic-lock version, last-change time): never recorded as a change. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /**
     * Records the fields that differ between {@code before} and {@code after} (records or views without secrets,
     * compared by their JSON fields; null for a creation or a removal) as done now by the calling person or client.
     * Records nothing when no field changed; {@code version} and {@code updatedAt} are never compared.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String objectType, String objectId, String action, Object before, Object after) {
        Map<String, Change> changes = changes(fields(before), fields(after));
        if (changes.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into audit_record (id, object_type, object_id, action, actor_subject, actor_member_id, changes) "
                        + "values (?1, ?2, ?3, ?4, ?5, cast(?6 as uuid), cast(?7 as jsonb))")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, objectType)
                .setParameter(3, objectId)
                .setParameter(4, action)
                .setParameter(5, caller.subject())
                .setParameter(6, caller.optionalMemberId().map(UUID::toString).orElse(null))
                .setParameter(7, write(changes))
                .executeUpdate();
    }

    /** An object's history, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<AuditRecord> history(String objectType, String objectId) {
        List<Object[]> rows = em.createNativeQuery("select id, action, actor_subject, actor_member_id, cast(changes as text), recorded_at "
                        + "from audit_record where object_type = ?1 and object_id = ?2 order by recorded_at, id")
                .setParameter(1, objectType).setParameter(2, objectId).getResultList();
        return rows.stream().map(r -> new AuditRecord((UUID) r[0], objectType, objectId, (String) r[1], (String) r[2], (UUID) r[3],
                read((String) r[4]), instant(r[5]))).toList();
    }

    private static Map<String, Change> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        for (String field : union(before, after)) {
            if (BOOKKEEPING.contains(field)) {
                continue;
            }
            Object was = before.get(field);
            Object is = after.get(field);
            if (!Objects.equals(was, is)) {
                changes.put(field, new Change(was, is));
            }
        }
        return changes;
    }

    private static List<String> union(Map<String, Object> a, Map<String, Object> b) {
        LinkedHashMap<String, Boolean> keys = new LinkedHashMap<>();
        a.keySet().forEach(k -> keys.put(k, true));
        b.keySet().forEach(k -> keys.put(k, true));
        return List.copyOf(keys.keySet());
    }

    private Map<String, Object> fields(Object value) {
        return value == null ? Map.of() : json.convertValue(value, FIELDS);
    }

    private String write(Map<String, Change> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes not writable as JSON", e);
        }
    }

    private Map<String, Change> read(String changes) {
        try {
            return json.readValue(changes, new TypeReference<LinkedHashMap<String, Change>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit changes not readable", e);
        }
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : value instanceof Instant i ? i
                : ((java.sql.Timestamp) value).toInstant();
    }
}
