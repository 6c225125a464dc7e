package de.dienstleistungspool.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Reads and writes {@link NotificationPreference} rows.
 */
@ApplicationScoped
public class NotificationPreferenceRepository implements PanacheRepositoryBase<NotificationPreference, NotificationPreference.Key> {

    public List<NotificationPreference> ofMember(UUID memberId) {
        return list("key.memberId", memberId);
    }
}
