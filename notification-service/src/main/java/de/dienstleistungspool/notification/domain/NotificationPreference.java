package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A member's choice for one notification type: e-mail on or off, which of its roles get it, and further addresses.
 */
@Entity
public class NotificationPreference {

    @EmbeddedId
    public Key key;

    public boolean email;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> roles;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> addresses;

    public Instant updatedAt;

    /** Member and notification type. */
    @Embeddable
    public record Key(UUID memberId, String eventType)
            implements Serializable {
    }
}
