package de.dienstleistungspool.platform.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One recorded change: what object, which action, who (token subject and member) and when, and the changed fields
 * with their values before and after.
 */
public record AuditRecord(UUID id, String objectType, String objectId, String action, String actorSubject,
                          UUID actorMemberId, Map<String, Change> changes, Instant recordedAt) {
}
