package de.dienstleistungspool.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One rendered e-mail to a member about one event, with its delivery status; the entries of the member's feed.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "booking_id")
    public UUID bookingId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> recipients;

    public String subject;

    public String body;

    public String status;

    public int attempts;

    public String error;

    @Column(name = "next_try_at")
    public Instant nextTryAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
