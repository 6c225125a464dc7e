package de.dienstleistungspool.notification.domain;

import de.dienstleistungspool.platform.tracing.TraceParent;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One rendered e-mail to a member about one event, with its delivery status; the entries of the member's feed.
 */
@Entity
public class Notification {

    @Id
    public UUID id;

    public UUID memberId;

    public UUID eventId;

    public String eventType;

    public UUID bookingId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> recipients;

    public String subject;

    public String body;

    public String status;

    public int attempts;

    public String error;

    public Instant nextTryAt;

    public Instant createdAt;

    public Instant sentAt;

    /** The trace of the event that queued the e-mail (W3C traceparent), which its sending continues. */
    public String traceparent;

    @PrePersist
    void rememberTrace() {
        if (traceparent == null) {
            traceparent = TraceParent.current();
        }
    }
}
