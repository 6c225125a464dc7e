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
 * A member's HTTPS endpoint that receives signed POSTs for the notification types it subscribed to.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    public String url;

    @Column(name = "event_types")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> eventTypes;

    /** The signing secret ({@code whsec_} + base64 key); it must be kept to sign, so it is stored, never shown again. */
    public String secret;

    public String description;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "secret_rotated_at")
    public Instant secretRotatedAt;
}
